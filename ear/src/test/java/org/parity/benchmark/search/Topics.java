package org.parity.benchmark.search;

import java.util.List;

/**
 * The sixteen topics the generated corpus is about, written from the starter case studies and the
 * taxonomy: each has its own words, and mentions the others in passing, as real studies do.
 */
final class Topics {

  private Topics() {}

  static final List<Topic> ALL =
      List.of(
          new Topic(
              "SMI_CHECKS",
              List.of(
                  "Annual physical health checks for people with {who} in {place}",
                  "Making the physical health check count for {who}",
                  "Nurse-led health checks for {who}: {place}",
                  "Closing the mortality gap: health checks for {who}"),
              List.of("severe mental illness", "serious mental illness", "SMI"),
              "several were on the register for severe mental illness",
              "SMI_PHYSICAL_HEALTH",
              List.of("SMI_PRIMARY_CARE"),
              List.of("PRIMARY_CARE", "MH_COMMUNITY"),
              List.of("GP", "PRACTICE_NURSE", "PEER_SUPPORT_WORKER"),
              List.of(
                  "Only {p1}% of people with {who} had a complete annual physical health check of"
                      + " weight, blood pressure, blood glucose, cholesterol, smoking and alcohol.",
                  "People with schizophrenia and bipolar disorder on the register missed their"
                      + " health check invitations, and abnormal results were rarely followed up.",
                  "Ten-minute appointments were too short for a full physical health check, and"
                      + " letters went unanswered by people with {who}."),
              List.of(
                  "A shared recall list for people with {who} was run by one administrator, and"
                      + " people were phoned and offered a 40-minute health check with a practice"
                      + " nurse.",
                  "A peer support worker helped people attend their physical health check, and"
                      + " every abnormal result led to a named follow-up plan.",
                  "Health checks were offered in the community mental health team's clinic as well"
                      + " as the surgery, with blood tests taken on the day."),
              List.of(
                  "Complete physical health checks rose from {p1}% to {p2}%; {n1} people had"
                      + " undiagnosed hypertension and {n2} a high cardiovascular risk now"
                      + " treated.",
                  "Of {n1} people checked, {n2} started statins or blood pressure treatment.")),
          new Topic(
              "SMI_SMOKING",
              List.of(
                  "Stopping smoking with {who}: {place}",
                  "Smoking cessation for people with {who}",
                  "A tobacco dependence service for people with psychosis in {place}",
                  "Quitting smoking in mental health services"),
              List.of("severe mental illness", "psychosis", "SMI"),
              "many smoked heavily",
              "SMI_PHYSICAL_HEALTH",
              List.of("SMI_HEALTH_PROMOTION"),
              List.of("MH_COMMUNITY", "MH_INPATIENT"),
              List.of("MENTAL_HEALTH_NURSE", "PHARMACIST", "PSYCHIATRIST"),
              List.of(
                  "About {p1}% of people with {who} smoked, three times the local rate, and few"
                      + " had ever been offered help to stop smoking.",
                  "Staff believed smoking cessation would worsen psychosis and rarely offered"
                      + " nicotine replacement therapy."),
              List.of(
                  "A tobacco dependence adviser joined the team, offering varenicline and"
                      + " combination nicotine replacement with weekly behavioural support.",
                  "Carbon monoxide readings were taken at every review, and clozapine levels were"
                      + " checked when people stopped smoking."),
              List.of(
                  "{n1} people set a quit date and {p1}% were carbon-monoxide-confirmed quitters at"
                      + " four weeks.",
                  "Quit rates reached {p2}% at twelve weeks, with no rise in admissions for"
                      + " psychosis.")),
          new Topic(
              "INPATIENT",
              List.of(
                  "A physical health nurse on mental health wards in {place}",
                  "Spotting physical deterioration on an acute mental health ward",
                  "Physical healthcare for inpatients with {who}",
                  "Bringing physical health skills to a psychiatric inpatient unit"),
              List.of("mental health inpatients", "inpatients with severe mental illness"),
              "some had been admitted to a mental health ward",
              "SMI_PHYSICAL_HEALTH",
              List.of("INPATIENT_PHYSICAL_HEALTH"),
              List.of("MH_INPATIENT"),
              List.of("MENTAL_HEALTH_NURSE", "ADULT_NURSE", "PSYCHIATRIST"),
              List.of(
                  "Ward staff lacked confidence with NEWS2 observations, and {n1} patients a year"
                      + " were transferred to the acute hospital after late recognition of"
                      + " physical deterioration.",
                  "Physical observations on the ward were incomplete in {p1}% of admissions."),
              List.of(
                  "A registered adult nurse joined the inpatient wards, teaching NEWS2, sepsis"
                      + " screening and ECG recording, and reviewing every admission.",
                  "Each ward had a physical health link nurse and a weekly round with the ward"
                      + " doctor."),
              List.of(
                  "Complete observations rose to {p2}% and emergency transfers fell by {p1}%.",
                  "{n1} cases of sepsis were recognised on the ward within an hour.")),
          new Topic(
              "MUS",
              List.of(
                  "Persistent physical symptoms in general practice: {place}",
                  "A consultation model for {who}",
                  "Explaining {who} in primary care",
                  "Fewer tests, better explanations: {who}"),
              List.of(
                  "medically unexplained symptoms",
                  "persistent physical symptoms",
                  "MUS",
                  "functional symptoms"),
              "some had persistent physical symptoms",
              "MUS",
              List.of("MUS_PRIMARY_CARE"),
              List.of("PRIMARY_CARE"),
              List.of("GP", "PSYCHOLOGIST", "PHYSICIAN"),
              List.of(
                  "A small group of patients with {who} had {n1} consultations a year and repeated"
                      + " referrals and investigations that found nothing.",
                  "GPs felt unskilled in explaining {who}, and patients felt disbelieved."),
              List.of(
                  "GPs were trained in a consultation model that acknowledges symptoms, gives a"
                      + " plausible explanation and agrees a plan, with a psychologist in the"
                      + " practice.",
                  "One named GP saw each patient with {who} at regular booked appointments."),
              List.of(
                  "Consultations fell by {p1}% and secondary care referrals by {p2}%.",
                  "{n1} patients reported better understanding of their symptoms.")),
          new Topic(
              "IBS",
              List.of(
                  "Psychological therapy for {who} in {place}",
                  "Gut-directed hypnotherapy for {who}",
                  "The gut and the mind: a service for {who}"),
              List.of("irritable bowel syndrome", "IBS"),
              "several had irritable bowel syndrome",
              "MUS",
              List.of("MUS_PRIMARY_CARE"),
              List.of("PRIMARY_CARE", "ACUTE_HOSPITAL"),
              List.of("PHYSICIAN", "PSYCHOLOGICAL_THERAPIST", "GP"),
              List.of(
                  "People with {who} waited {n1} weeks for gastroenterology and many had repeated"
                      + " colonoscopies.",
                  "Abdominal pain and bloating from {who} kept {p1}% of patients off work."),
              List.of(
                  "A psychological therapist offered gut-directed hypnotherapy and cognitive"
                      + " behavioural therapy alongside the dietitian's low FODMAP advice.",
                  "Patients learned about the gut-brain axis in a six-week group."),
              List.of(
                  "Symptom severity scores fell by {p1}% and {n1} endoscopies were avoided.",
                  "{p2}% of patients reported adequate relief at six months.")),
          new Topic(
              "CFS",
              List.of(
                  "Supporting people with {who} in {place}",
                  "Energy management for {who}",
                  "A community service for {who}"),
              List.of("chronic fatigue syndrome", "myalgic encephalomyelitis", "CFS", "ME/CFS"),
              "a few lived with chronic fatigue",
              "MUS",
              List.of("MUS_PRIMARY_CARE"),
              List.of("COMMUNITY"),
              List.of("AHP", "PSYCHOLOGIST", "GP"),
              List.of(
                  "People with {who} waited {n1} months for a specialist assessment, and many"
                      + " stopped work.",
                  "Post-exertional malaise was poorly understood by services."),
              List.of(
                  "An occupational therapist led energy management and pacing, with sleep advice"
                      + " and psychological support for living with {who}.",
                  "Home visits were offered to people who were housebound."),
              List.of(
                  "{p1}% of people reported better function and {n1} returned to work or study.",
                  "Waits fell to {n2} weeks.")),
          new Topic(
              "COPD",
              List.of(
                  "Breathlessness and anxiety in {who}: {place}",
                  "Psychological support in pulmonary rehabilitation for {who}",
                  "Calming the breath: anxiety care for {who}",
                  "Panic, breathlessness and {who}"),
              List.of("COPD", "chronic obstructive pulmonary disease", "COPD"),
              "a few lived with COPD",
              "LTC_MENTAL_HEALTH",
              List.of("LTC_MENTAL_HEALTH"),
              List.of("COMMUNITY", "ACUTE_HOSPITAL"),
              List.of("AHP", "PSYCHOLOGICAL_THERAPIST", "ADULT_NURSE"),
              List.of(
                  "Breathlessness and panic drove {n1} emergency admissions a year among people"
                      + " with {who}, and {p1}% screened positive for anxiety.",
                  "People with {who} dropped out of pulmonary rehabilitation when breathlessness"
                      + " frightened them."),
              List.of(
                  "A psychological therapist joined pulmonary rehabilitation, teaching a"
                      + " breathlessness plan and cognitive behavioural techniques for panic.",
                  "Respiratory nurses screened for anxiety and depression at every COPD review."),
              List.of(
                  "Admissions for {who} fell by {p1}% and completion of pulmonary rehabilitation"
                      + " rose to {p2}%.",
                  "GAD-7 scores fell by an average of {n2} points.")),
          new Topic(
              "DIABETES",
              List.of(
                  "Psychological support in a diabetes service in {place}",
                  "Diabetes distress: a psychologist in the {who} clinic",
                  "Mind and blood glucose: care for {who}",
                  "Depression and {who}"),
              List.of("type 2 diabetes", "diabetes", "T2DM"),
              "a third also had type 2 diabetes",
              "LTC_MENTAL_HEALTH",
              List.of("LTC_MENTAL_HEALTH"),
              List.of("PRIMARY_CARE", "ACUTE_HOSPITAL"),
              List.of("PSYCHOLOGIST", "PRACTICE_NURSE", "PHYSICIAN"),
              List.of(
                  "{p1}% of people with {who} had diabetes distress or depression, and their"
                      + " HbA1c stayed high despite changes in medication.",
                  "Diabetes nurses had no one to refer to for emotional support."),
              List.of(
                  "A clinical psychologist joined the diabetes team, screening for diabetes"
                      + " distress and offering brief psychological therapy in the same clinic.",
                  "Diabetes specialist nurses learned motivational interviewing."),
              List.of(
                  "HbA1c fell by an average of {n2} mmol/mol and PHQ-9 scores by {n1} points.",
                  "{p2}% of people referred completed therapy.")),
          new Topic(
              "CARDIAC",
              List.of(
                  "Depression after a heart attack: cardiac rehabilitation in {place}",
                  "Mental health in cardiac rehabilitation for {who}",
                  "Anxiety and {who}: a combined clinic"),
              List.of("coronary heart disease", "heart failure", "CHD"),
              "some had coronary heart disease",
              "LTC_MENTAL_HEALTH",
              List.of("LTC_MENTAL_HEALTH"),
              List.of("ACUTE_HOSPITAL", "COMMUNITY"),
              List.of("ADULT_NURSE", "PSYCHOLOGIST", "PHYSICIAN"),
              List.of(
                  "After a myocardial infarction, {p1}% of people had depression and many did not"
                      + " return to cardiac rehabilitation.",
                  "People with {who} feared exercise after their heart attack."),
              List.of(
                  "Cardiac rehabilitation nurses screened for depression and anxiety, and a"
                      + " psychologist ran sessions on fear of exercise and returning to work.",
                  "Each patient had a shared plan for mood and heart health."),
              List.of(
                  "Completion of cardiac rehabilitation rose to {p2}% and readmissions fell by"
                      + " {p1}%.",
                  "{n1} people returned to work within three months.")),
          new Topic(
              "LTC_IAPT",
              List.of(
                  "Talking therapies for people with long-term conditions in {place}",
                  "Integrating psychological therapies with {who} care",
                  "An NHS Talking Therapies pathway for {who}"),
              List.of("long-term conditions", "long-term physical conditions", "LTC"),
              "many had long-term physical conditions",
              "LTC_MENTAL_HEALTH",
              List.of("LTC_MENTAL_HEALTH"),
              List.of("PRIMARY_CARE", "COMMUNITY"),
              List.of("PSYCHOLOGICAL_THERAPIST", "GP", "PRACTICE_NURSE"),
              List.of(
                  "People with {who} were {p1}% of the population but few were referred to"
                      + " NHS Talking Therapies, previously IAPT.",
                  "Therapists felt unprepared for physical symptoms and medication questions."),
              List.of(
                  "Therapists trained in long-term conditions were based in practices, and"
                      + " physical and psychological care plans were written together.",
                  "The IAPT service offered cognitive behavioural therapy adapted for fatigue and"
                      + " pain."),
              List.of(
                  "{n1} people with {who} were treated and {p2}% recovered.",
                  "Recovery rates matched those of the whole service at {p1}%.")),
          new Topic(
              "FREQUENT_ED",
              List.of(
                  "Frequent attenders in the emergency department: {place}",
                  "High intensity use of A&E: a case management service",
                  "Fewer visits, more help: frequent attenders at {place}",
                  "Who keeps coming back to the emergency department?"),
              List.of("the emergency department", "A&E", "accident and emergency"),
              "some had attended the emergency department often",
              "PSYCH_SUPPORT",
              List.of("ACUTE_HOSPITALS"),
              List.of("ACUTE_HOSPITAL", "COMMUNITY"),
              List.of("SOCIAL_WORKER", "PARAMEDIC", "MENTAL_HEALTH_NURSE"),
              List.of(
                  "{n1} people attended {who} more than ten times a year, many with loneliness,"
                      + " alcohol use and debt behind their visits.",
                  "Frequent attenders accounted for {p1}% of ambulance conveyances."),
              List.of(
                  "A case manager met each frequent attender, agreed a personal plan with the GP,"
                      + " ambulance service and police, and followed them up at home.",
                  "A high intensity user service linked people with social prescribing."),
              List.of(
                  "Attendances at {who} fell by {p1}% and ambulance calls by {p2}%.",
                  "{n1} frequent attenders had a personal care plan.")),
          new Topic(
              "LIAISON",
              List.of(
                  "Liaison psychiatry in an acute hospital in {place}",
                  "A psychiatric liaison team on the wards",
                  "Delirium, self-harm and the liaison team at {place}"),
              List.of("liaison psychiatry", "psychiatric liaison", "psychological medicine"),
              "some were seen by liaison psychiatry",
              "PSYCH_SUPPORT",
              List.of("ACUTE_HOSPITALS"),
              List.of("ACUTE_HOSPITAL"),
              List.of("PSYCHIATRIST", "MENTAL_HEALTH_NURSE", "PHYSICIAN"),
              List.of(
                  "Patients with delirium, dementia or self-harm waited {n1} hours for a mental"
                      + " health assessment on the medical wards.",
                  "Length of stay was {p1}% longer for patients with mental health needs."),
              List.of(
                  "A 24-hour {who} team assessed patients within one hour in the emergency"
                      + " department and within 24 hours on the wards, and trained ward staff.",
                  "The {who} team ran a delirium prevention programme with the older people's"
                      + " wards."),
              List.of(
                  "Length of stay fell by {n2} days and {p2}% of self-harm assessments were"
                      + " completed within one hour.",
                  "{n1} bed days were saved in a year.")),
          new Topic(
              "PERINATAL",
              List.of(
                  "An integrated perinatal mental health team in {place}",
                  "Postnatal depression: support from pregnancy to the first year",
                  "Midwives and health visitors in {who}",
                  "Perinatal mental health in the maternity unit"),
              List.of("perinatal mental health", "maternal mental health", "postnatal depression"),
              "a few were pregnant or had a young baby",
              "PSYCH_SUPPORT",
              List.of("PERINATAL"),
              List.of("MATERNITY", "COMMUNITY"),
              List.of("MIDWIFE", "HEALTH_VISITOR", "PSYCHIATRIST"),
              List.of(
                  "Women with {who} problems waited {n1} weeks for help, and midwives were unsure"
                      + " whom to call.",
                  "Postnatal depression was missed in {p1}% of women at the six-week check."),
              List.of(
                  "A specialist perinatal team of midwives, health visitors and a psychiatrist"
                      + " saw women in the antenatal clinic and at home after the birth.",
                  "Every woman was asked about her mood at booking and after birth."),
              List.of(
                  "{n1} women were seen within two weeks and {p2}% felt supported.",
                  "Admissions to the mother and baby unit fell by {p1}%.")),
          new Topic(
              "CARE_HOMES",
              List.of(
                  "Mental health in-reach to care homes in {place}",
                  "Dementia and distress in care homes",
                  "Reducing antipsychotics for people with dementia in care homes"),
              List.of("dementia", "care home residents", "people in care homes"),
              "some lived in care homes",
              "PSYCH_SUPPORT",
              List.of("RESIDENTIAL_HOMES"),
              List.of("CARE_HOME"),
              List.of("CARE_WORKER", "MENTAL_HEALTH_NURSE", "PHARMACIST"),
              List.of(
                  "Residents with {who} and distressed behaviour were prescribed antipsychotics"
                      + " in {p1}% of homes, and {n1} were admitted to hospital a year.",
                  "Care workers had no training in dementia or depression in older people."),
              List.of(
                  "A mental health in-reach team visited each care home weekly, reviewed"
                      + " antipsychotic prescribing with the pharmacist, and trained care"
                      + " workers.",
                  "Care homes used a shared plan for distress in dementia."),
              List.of(
                  "Antipsychotic prescribing fell by {p1}% and hospital admissions by {p2}%.",
                  "{n1} care workers completed the training.")),
          new Topic(
              "STROKE_CARERS",
              List.of(
                  "Supporting carers after a stroke in {place}",
                  "Carers' wellbeing after a stroke",
                  "Looking after the carer: stroke services in {place}"),
              List.of("carers of stroke survivors", "stroke carers", "family carers"),
              "some relied on family carers",
              "PSYCH_SUPPORT",
              List.of("CARERS"),
              List.of("COMMUNITY", "SOCIAL_CARE"),
              List.of("SOCIAL_WORKER", "AHP", "CARER"),
              List.of(
                  "{p1}% of {who} reported anxiety or depression six months after the stroke,"
                      + " and few had a carer's assessment.",
                  "Carers felt abandoned once the stroke survivor left hospital."),
              List.of(
                  "A carers' support worker joined the stroke team, offering a carer's assessment,"
                      + " training and peer groups for {who}.",
                  "Stroke carers were given a named contact and respite planning."),
              List.of(
                  "Carer strain scores fell by {n2} points and {n1} carers joined a peer group.",
                  "{p2}% of carers had an assessment within a month.")),
          new Topic(
              "WEIGHT",
              List.of(
                  "Wellbeing in a weight management programme in {place}",
                  "Mental health in tier 3 weight management",
                  "Obesity, mood and binge eating: {place}"),
              List.of("obesity", "people living with obesity", "weight management"),
              "some were living with obesity",
              "PSYCH_SUPPORT",
              List.of("PUBLIC_HEALTH"),
              List.of("PUBLIC_HEALTH", "COMMUNITY"),
              List.of("AHP", "PSYCHOLOGIST", "MANAGER"),
              List.of(
                  "{p1}% of people referred for weight management had depression or binge eating"
                      + " disorder, and many dropped out.",
                  "Weight stigma kept people away from the programme."),
              List.of(
                  "A psychologist joined the weight management programme, screening for binge"
                      + " eating and offering compassion-focused groups alongside the dietitian.",
                  "Sessions addressed emotional eating and weight stigma."),
              List.of(
                  "Completion rose to {p2}% and mean weight loss reached {n2}%.",
                  "{n1} people with binge eating were treated.")));
}
