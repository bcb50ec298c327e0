-- The shared taxonomy (../shared/TAXONOMY.md) as data: editors add values later without a code change.
CREATE TABLE taxonomy_term (
  kind VARCHAR(30) NOT NULL,
  code VARCHAR(60) NOT NULL,
  label VARCHAR(200) NOT NULL,
  position INT NOT NULL,
  CONSTRAINT pk_taxonomy_term PRIMARY KEY (kind, code)
);

INSERT INTO taxonomy_term (kind, code, label, position) VALUES
  ('challenge', 'LTC_MENTAL_HEALTH', 'Mental health problems among people with long-term physical conditions', 1),
  ('challenge', 'MUS', 'Medically unexplained symptoms', 2),
  ('challenge', 'SMI_PHYSICAL_HEALTH', 'Reduced life expectancy of people with severe mental illness, largely from poor physical health', 3),
  ('challenge', 'PSYCH_SUPPORT', 'Support for the wider psychological aspects of physical health and illness', 4);

INSERT INTO taxonomy_term (kind, code, label, position) VALUES
  ('priority_area', 'PUBLIC_HEALTH', 'Incorporating mental health into public health programmes', 1),
  ('priority_area', 'SMI_HEALTH_PROMOTION', 'Promoting health among people with severe mental illnesses', 2),
  ('priority_area', 'MUS_PRIMARY_CARE', 'Improving management of medically unexplained symptoms in primary care', 3),
  ('priority_area', 'SMI_PRIMARY_CARE', 'Strengthening primary care for the physical health needs of people with severe mental illnesses', 4),
  ('priority_area', 'LTC_MENTAL_HEALTH', 'Supporting the mental health of people with long-term conditions', 5),
  ('priority_area', 'CARERS', 'Supporting the mental health and wellbeing of carers', 6),
  ('priority_area', 'ACUTE_HOSPITALS', 'Supporting mental health in acute hospitals', 7),
  ('priority_area', 'INPATIENT_PHYSICAL_HEALTH', 'Addressing physical health in mental health inpatient facilities', 8),
  ('priority_area', 'PERINATAL', 'Providing integrated support for perinatal mental health', 9),
  ('priority_area', 'RESIDENTIAL_HOMES', 'Supporting the mental health needs of people in residential homes', 10);

INSERT INTO taxonomy_term (kind, code, label, position) VALUES
  ('theme', 'WHOLE_PERSON', 'Taking a whole-person perspective', 1),
  ('theme', 'COMMUNICATION', 'Communication and consultation skills', 2),
  ('theme', 'COORDINATION', 'Co-ordination of care', 3),
  ('theme', 'PROACTIVE', 'Proactive care', 4),
  ('theme', 'SELF_MANAGEMENT', 'Peer support and self-management', 5),
  ('theme', 'FAMILY_CARERS', 'Support for family and carers', 6);

INSERT INTO taxonomy_term (kind, code, label, position) VALUES
  ('profession', 'GP', 'GP', 1),
  ('profession', 'PRACTICE_NURSE', 'Practice nurse', 2),
  ('profession', 'ADULT_NURSE', 'Adult nurse', 3),
  ('profession', 'MENTAL_HEALTH_NURSE', 'Mental health nurse', 4),
  ('profession', 'MIDWIFE', 'Midwife', 5),
  ('profession', 'HEALTH_VISITOR', 'Health visitor', 6),
  ('profession', 'PSYCHIATRIST', 'Psychiatrist', 7),
  ('profession', 'PHYSICIAN', 'Physician', 8),
  ('profession', 'SURGEON', 'Surgeon', 9),
  ('profession', 'PSYCHOLOGIST', 'Psychologist', 10),
  ('profession', 'PSYCHOLOGICAL_THERAPIST', 'Psychological therapist', 11),
  ('profession', 'PHARMACIST', 'Pharmacist', 12),
  ('profession', 'AHP', 'Allied health professional', 13),
  ('profession', 'PARAMEDIC', 'Paramedic', 14),
  ('profession', 'SOCIAL_WORKER', 'Social worker', 15),
  ('profession', 'CARE_WORKER', 'Care worker', 16),
  ('profession', 'PEER_SUPPORT_WORKER', 'Peer support worker', 17),
  ('profession', 'CARER', 'Carer', 18),
  ('profession', 'MANAGER', 'Manager or commissioner', 19),
  ('profession', 'OTHER', 'Other', 20);

INSERT INTO taxonomy_term (kind, code, label, position) VALUES
  ('setting', 'PRIMARY_CARE', 'Primary care', 1),
  ('setting', 'COMMUNITY', 'Community', 2),
  ('setting', 'ACUTE_HOSPITAL', 'Acute hospital', 3),
  ('setting', 'MH_INPATIENT', 'Mental health inpatient', 4),
  ('setting', 'MH_COMMUNITY', 'Mental health community', 5),
  ('setting', 'MATERNITY', 'Maternity', 6),
  ('setting', 'CARE_HOME', 'Care home', 7),
  ('setting', 'SOCIAL_CARE', 'Social care', 8),
  ('setting', 'PUBLIC_HEALTH', 'Public health', 9);

INSERT INTO taxonomy_term (kind, code, label, position) VALUES
  ('service_model', 'ENHANCED_PRIMARY_CARE', 'Enhanced support in primary care', 1),
  ('service_model', 'INTEGRATED_COMMUNITY_TEAMS', 'Integrated multidisciplinary community teams', 2),
  ('service_model', 'LIAISON_PSYCHIATRY', 'Liaison psychiatry and psychological medicine', 3);

INSERT INTO taxonomy_term (kind, code, label, position) VALUES
  ('region', 'NORTH_EAST_YORKSHIRE', 'North East and Yorkshire', 1),
  ('region', 'NORTH_WEST', 'North West', 2),
  ('region', 'MIDLANDS', 'Midlands', 3),
  ('region', 'EAST_OF_ENGLAND', 'East of England', 4),
  ('region', 'LONDON', 'London', 5),
  ('region', 'SOUTH_EAST', 'South East', 6),
  ('region', 'SOUTH_WEST', 'South West', 7),
  ('region', 'WALES', 'Wales', 8),
  ('region', 'SCOTLAND', 'Scotland', 9),
  ('region', 'NORTHERN_IRELAND', 'Northern Ireland', 10);
