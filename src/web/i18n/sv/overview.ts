/** Swedish texts of the overview: the person's work (issue 10 item 12). */
export const overview = {
  myWork: {
    introCounty:
      'Det här väntar i länet: bedömningar, ställningstaganden, åtgärder, milstolpar, uppsägningstider och enkäter.',
    introOrganisation:
      'Det här väntar för din organisation: bedömningar, ställningstaganden, åtgärder, milstolpar, uppsägningstider och enkäter.',
    introAll:
      'Det här väntar i alla län: bedömningar, ställningstaganden, åtgärder, milstolpar, uppsägningstider och enkäter.',
    welcome: 'Välkommen, {{name}}.',
    showing_one: 'Visar {{shown}} av {{count}}.',
    showing_other: 'Visar {{shown}} av {{count}}.',
    seeAllOf: 'Visa alla: {{what}}',
    due: 'Senast {{date}}',
    dueClosing: 'Stänger {{date}}',
    dueNotice: 'Sista dag för uppsägning {{date}}',
    overdue: 'Försenad',
    step: 'Steg {{step}}',
    positionStep: 'Ställningstagande behövs i steg {{step}}',
    conflictStep: 'Konflikt utan ställningstagande, steg {{step}}',
    responses_one: '{{answered}} av {{count}} har svarat ({{percent}} %)',
    responses_other: '{{answered}} av {{count}} har svarat ({{percent}} %)',
    noInvitations: 'Inga inbjudna ännu',
    responseRate: 'Svarsfrekvens',
    groups: {
      assessmentsToFinish: {
        title: 'Bedömningar att slutföra',
        count_one: '{{count}} bedömning pågår',
        count_other: '{{count}} bedömningar pågår',
        empty: 'Inga bedömningar att slutföra. Här visas hållbarhetsbedömningar som har påbörjats men inte avslutats.',
      },
      positionsToTake: {
        title: 'Ställningstaganden att ta',
        count_one: '{{count}} ställningstagande väntar',
        count_other: '{{count}} ställningstaganden väntar',
        empty:
          'Inga ställningstaganden väntar. Här visas steg där ett ställningstagande behövs för att gå vidare och konflikter som saknar ställningstagande.',
      },
      overdueActions: {
        title: 'Försenade åtgärder',
        count_one: '{{count}} åtgärd är försenad',
        count_other: '{{count}} åtgärder är försenade',
        empty: 'Inga försenade åtgärder. Här visas åtgärder vars sista datum har passerat utan att de är klara.',
      },
      milestonesComing: {
        title: 'Kommande milstolpar',
        count_one: '{{count}} milstolpe inom {{days}} dagar',
        count_other: '{{count}} milstolpar inom {{days}} dagar',
        empty:
          'Inga milstolpar närmar sig. Här visas den årliga uppföljningens milstolpar de närmaste {{days}} dagarna.',
      },
      noticeDeadlines: {
        title: 'Uppsägningstider som närmar sig',
        count_one: '{{count}} sista dag för uppsägning inom {{days}} dagar',
        count_other: '{{count}} sista dagar för uppsägning inom {{days}} dagar',
        empty:
          'Ingen uppsägningstid går ut de närmaste {{days}} dagarna. Här visas samverkansavtal vars sista dag för uppsägning närmar sig.',
      },
      openQuestionnaires: {
        title: 'Öppna enkäter',
        count_one: '{{count}} enkät är öppen',
        count_other: '{{count}} enkäter är öppna',
        empty: 'Inga öppna enkäter. Här visas enkäter som tar emot svar, med hur många som har svarat.',
      },
    },
  },
};
