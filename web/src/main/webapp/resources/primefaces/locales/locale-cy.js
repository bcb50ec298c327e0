/* Welsh for PrimeFaces' widgets (calendars, dialogs). PrimeFaces ships no Welsh; it asks for this
   file by the page's language, so without it a Welsh page would load a missing script. */
if (window.PrimeFaces) {
  PrimeFaces.locales['cy'] = {
    closeText: 'Cau',
    prevText: 'Blaenorol',
    nextText: 'Nesaf',
    currentText: 'Heddiw',
    monthNames: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst',
      'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
    monthNamesShort: ['Ion', 'Chwe', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gor', 'Awst', 'Medi', 'Hyd', 'Tach',
      'Rhag'],
    dayNames: ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener',
      'Dydd Sadwrn'],
    dayNamesShort: ['Sul', 'Llun', 'Maw', 'Mer', 'Iau', 'Gwe', 'Sad'],
    dayNamesMin: ['Su', 'Ll', 'Ma', 'Me', 'Ia', 'Gw', 'Sa'],
    weekHeader: 'Wythnos',
    week: 'Wythnos',
    month: 'Mis',
    day: 'Diwrnod',
    firstDay: 1,
    isRTL: false,
    showMonthAfterYear: false,
    yearSuffix: '',
    timeOnlyTitle: 'Amser yn unig',
    timeText: 'Amser',
    hourText: 'Awr',
    minuteText: 'Munud',
    secondText: 'Eiliad',
    ampm: false,
    allDayText: 'Drwy’r dydd',
    today: 'Heddiw',
    clear: 'Clirio'
  };
}
