/** English texts of the overview: the person's work (issue 10 item 12). */
export const overview = {
  myWork: {
    introCounty:
      'What waits in the county: assessments, positions, actions, milestones, notice deadlines and questionnaires.',
    introOrganisation:
      'What waits for your organisation: assessments, positions, actions, milestones, notice deadlines and questionnaires.',
    introAll:
      'What waits in every county: assessments, positions, actions, milestones, notice deadlines and questionnaires.',
    welcome: 'Welcome, {{name}}.',
    showing_one: 'Showing {{shown}} of {{count}}.',
    showing_other: 'Showing {{shown}} of {{count}}.',
    seeAllOf: 'See all: {{what}}',
    due: 'By {{date}}',
    dueClosing: 'Closes {{date}}',
    dueNotice: 'Last day for notice {{date}}',
    overdue: 'Overdue',
    step: 'Step {{step}}',
    positionStep: 'A position is needed in step {{step}}',
    conflictStep: 'Conflict without a position, step {{step}}',
    responses_one: '{{answered}} of {{count}} has answered ({{percent}} %)',
    responses_other: '{{answered}} of {{count}} have answered ({{percent}} %)',
    noInvitations: 'Nobody invited yet',
    responseRate: 'Response rate',
    groups: {
      assessmentsToFinish: {
        title: 'Assessments to finish',
        count_one: '{{count}} assessment in progress',
        count_other: '{{count}} assessments in progress',
        empty:
          'No assessments to finish. Sustainability assessments that have been started but not finished appear here.',
      },
      positionsToTake: {
        title: 'Positions to take',
        count_one: '{{count}} position waiting',
        count_other: '{{count}} positions waiting',
        empty:
          'No positions waiting. Steps that need a position before going on, and conflicts without a position, appear here.',
      },
      overdueActions: {
        title: 'Overdue actions',
        count_one: '{{count}} action is overdue',
        count_other: '{{count}} actions are overdue',
        empty: 'No overdue actions. Actions whose deadline has passed without being done appear here.',
      },
      milestonesComing: {
        title: 'Coming milestones',
        count_one: '{{count}} milestone within {{days}} days',
        count_other: '{{count}} milestones within {{days}} days',
        empty: 'No milestones coming. The yearly follow-up’s milestones of the next {{days}} days appear here.',
      },
      noticeDeadlines: {
        title: 'Notice deadlines coming',
        count_one: '{{count}} notice deadline within {{days}} days',
        count_other: '{{count}} notice deadlines within {{days}} days',
        empty:
          'No notice deadline in the next {{days}} days. Collaboration agreements whose last day for notice is near appear here.',
      },
      openQuestionnaires: {
        title: 'Open questionnaires',
        count_one: '{{count}} questionnaire is open',
        count_other: '{{count}} questionnaires are open',
        empty: 'No open questionnaires. Questionnaires taking answers appear here, with how many have answered.',
      },
    },
  },
};
