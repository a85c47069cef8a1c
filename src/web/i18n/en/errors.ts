/** English texts of messages for every error code of the server (src/platform/errors.ts). */
export const errors = {
  errors: {
    unknown: 'An unexpected error occurred. Please try again.',
    internal: 'An error occurred on the server. Try again in a while.',
    network: {
      unreachable: 'The server cannot be reached. Check your connection and try again.',
    },
    request: {
      invalid_json: 'The request could not be read.',
      validation_failed: 'Some information is invalid. Check the marked fields.',
      too_large: 'The content is too large.',
      unsupported_media_type: 'Wrong content type in the request.',
      csrf_failed: 'The security check failed. Reload the page and try again.',
      rate_limited: 'Too many attempts. Wait a while and try again.',
      route_not_found: 'The function does not exist.',
      bad_url: 'The address is malformed.',
      uri_too_long: 'The address is too long.',
      timeout: 'The request took too long. Try again.',
      headers_too_large: "The request is too large. Clear the browser's cookies for the site and try again.",
      malformed: 'The request could not be read.',
    },
    auth: {
      required: 'You need to sign in.',
      invalid_credentials: 'Wrong email address or password',
      reset_token_invalid: 'The link is invalid or has expired. Request a new link.',
      password_too_weak: 'The password is too weak. Use at least 10 characters.',
      forbidden: 'You are not allowed to do this.',
    },
    mail: {
      not_failed: 'Only a mail that failed or is waiting for a retry can be sent again.',
    },
    record: {
      not_found: 'The record was not found.',
      stale: 'Someone else changed the record – here is the latest version.',
      duplicate: 'A record with the same value already exists.',
      archived: 'The record is archived and cannot be changed.',
    },
    organisation: {
      duplicate_municipality_code: 'The municipality code is already used by another organisation.',
      municipality_code_required: 'A municipality must have a municipality code.',
      municipality_code_not_allowed: 'Only municipalities can have a municipality code.',
      population_only_for_municipality: 'Population figures can only be given for municipalities.',
    },
    person: {
      duplicate_email: 'A person with that email address already exists.',
    },
    user: {
      duplicate_email: 'An account with that email address already exists.',
      person_has_account: 'The person already has an account.',
    },
    body: {
      reports_to_cycle: 'A body cannot report to itself or to a body that reports to it.',
      member_already: 'The person is already a member during that period.',
      membership_dates: 'The end date cannot be before the start date.',
      person_unknown: 'The person does not exist.',
    },
    framework: {
      import_invalid: 'The file does not have the structure of a goal framework.',
      duplicate_key: 'A framework with the same key already exists.',
      version_published: 'The version is published and cannot be changed. Start a new version.',
      builtin_readonly: 'Built-in frameworks cannot be changed.',
      no_draft: 'The framework has no draft. Start a new version first.',
      duplicate_code: 'The code is already used in this version.',
      unknown_parent: 'The parent item does not exist.',
    },
    programme: {
      rus_not_found: 'The regional development strategy does not exist.',
    },
    initiative: {
      unknown_stakeholder_group: 'The stakeholder group does not exist.',
    },
    assessment: {
      finished: 'The assessment is finished and cannot be changed.',
      not_finished: 'The assessment is not finished yet.',
      in_progress_exists: 'An assessment is already in progress.',
      item_not_in_framework: 'The goal is not in the framework the assessment uses.',
      rus_from_programme:
        'The regional development strategy comes from the programme and is not chosen among the other frameworks.',
      framework_not_shared:
        'A shared assessment can only use shared or built-in frameworks. This framework is a draft only one organisation sees.',
      framework_unpublished: 'The framework has no published version to assess against.',
      framework_has_ratings: 'The framework has ratings in this assessment. Remove them before removing the framework.',
      position_note_without_need: 'A note on positions is kept only when positions are needed in that step.',
      duplicate_impact: 'The goal has already been assessed.',
      rank_only_step2: 'Ranking is done in step 2 only.',
      actor_identity: 'The actor must be given by name or organisation.',
      side_invalid: 'Invalid side in the goal conflict.',
      position_required: 'A position must be taken.',
      different_initiatives: 'The assessments concern different initiatives.',
    },
    action: {
      responsible_required: 'The action needs a responsible person.',
      deadline_before_start: 'The deadline cannot be before the start date.',
      answers_unknown: 'The answer does not belong to the question.',
    },
    agreement: {
      date_invalid: 'The date is not a real date. Write it as YYYY-MM-DD.',
      amount_invalid: 'The amount is invalid. Write kronor with at most two decimals, e.g. 443 000 or 36 916,67.',
      percent_invalid: 'The percentage is invalid. Write a number from 0 to 100 with at most two decimals, e.g. 12,5.',
      population_invalid:
        'The population is missing or invalid for one of the municipalities, so the amount cannot be split.',
      index_invalid: 'The index value is invalid. Write a percentage with at most two decimals, e.g. 2,7 or −0,5.',
      index_duplicate: 'The index series already has a value for {{year}}.',
      index_missing:
        'The index value for {{year}} is missing from the index series. Add it under Index series so the amount can be computed.',
      shares_invalid: 'Each area needs its own code and a share between 0 and 100 %.',
      shares_not_100: 'The areas’ shares sum to {{sum}} %. They must sum to exactly 100 %.',
      area_unknown: 'Choose one or more of the agreement’s areas.',
      withholding_above_half: 'At most 50 % of the compensation for the disputed areas may be withheld.',
      withholding_cap_reached:
        'Open disputes already withhold part of the compensation for this area; together at most 50 % may be withheld.',
      terms_invalid: 'The terms are invalid. Check the extension, notice period and reminder days.',
      validity_order: 'The end date cannot be before the start date.',
      notice_exists: 'The agreement has already been given notice or has ended.',
      notice_too_late:
        'The notice arrived after the last day for notice, {{deadline}}. It applies instead to the period ending {{periodEnd}} (last day for notice then: {{nextDeadline}}).',
      bankgiro_invalid:
        'The bankgiro number is invalid. Write it as NNN-NNNN or NNNN-NNNN and check the digits – the check digit must match.',
      template_not_issued:
        'The template has not been issued yet, so it has no version to follow. Edit its terms directly until it is issued.',
      template_issued:
        'The template has been issued; its terms no longer change in place. Make the change a new version from a date.',
      dispute_settled: 'The dispute is already settled; a settlement is recorded once.',
      notice_period_invalid:
        'A late notice can only be registered for the period it applies to: the first later period whose last day for notice it still meets ({{periodEnd}}).',
      versions_overlap:
        'The version overlaps an earlier version. A new version must start after the latest version started.',
    },
    survey: {
      link_invalid: 'The link is not valid. Check that the whole link was copied, or ask the sender for a new one.',
      closed: 'The questionnaire is closed and no longer takes answers (the last day was {{date}}).',
      already_submitted: 'The questionnaire has already been answered ({{date}}). The link cannot be used again.',
      answer_invalid: 'The answer to question {{question}} is not valid.',
      answer_required: 'Answer the required questions: {{question}}.',
      structure_invalid: 'The questionnaire’s structure is invalid. Check its sections, questions and answer options.',
      scale_unknown: 'Choose one of the county’s answer scales.',
      scale_builtin: 'A built-in answer scale cannot be changed. Create a scale of your own instead.',
      template_unknown: 'The questionnaire template does not exist.',
      dates_invalid: 'The closing date cannot be before the opening date.',
      not_draft: 'Questions and anonymity can only be changed while the questionnaire is a draft.',
      not_open: 'The questionnaire must be open to send invitations and reminders.',
      no_respondent:
        'There is no one to send to: the collaboration body has no chair or secretary with an e-mail address.',
    },
    followup: {
      duplicate_cycle: 'A follow-up of these agreements for that year already exists.',
      area_unknown: 'The area is not one of the agreements’ areas.',
      not_municipality: 'The organisation is not a party to these agreements.',
      report_published: 'The activity report is published and can no longer be changed.',
      report_duplicate: 'There is already an activity report for that area and municipality. Edit it instead.',
      no_reports: 'There are no draft reports to publish.',
      feedback_submitted: 'The assessment was submitted and can no longer be changed.',
      feedback_incomplete: 'Rate every area before submitting the assessment.',
      decided: 'The follow-up is decided. Activity reports and assessments are closed.',
      questionnaire_linked: 'The follow-up already has a questionnaire.',
      no_template_areas: 'The agreement template has no areas to follow up.',
    },
    case: {
      number_taken: 'The registration number is already used in this series and year.',
      body_elsewhere: 'The body belongs to another county.',
      item_elsewhere: 'The § does not belong to this case.',
      document_too_large: 'The document is larger than the upload limit.',
      document_type: 'The file is not the PDF, Word or Excel file it claims to be.',
    },
    meeting: {
      dates: 'The meeting cannot end before it starts.',
      participant_unknown: 'A person named is not among the meeting’s participants.',
      participant_invalid: 'A participant is not on the body’s roster or is described wrongly.',
      motion_unknown: 'The motion referred to does not exist in the §.',
      motion_invalid: 'A motion is wrong: its maker may not make motions in this §, or its support is wrong.',
      vote_not_entitled: 'A member who voted has no vote in this §.',
      vote_absent: 'A member who voted was not present at this §.',
      vote_jav: 'A member who voted was disqualified (jäv) and did not take part in this §.',
      vote_count: 'More votes than members entitled to vote, or someone voted twice.',
      reservation_absent: 'A reservation by someone who did not take part in the §.',
      status: 'The meeting is not in a state that allows this.',
      protocol_locked: 'The protocol is adjusted and locked. Correct it as a new edition with a note.',
      not_adjusted: 'The protocol is not adjusted yet and cannot be announced.',
      no_notice: 'The body’s rules have no notice board announcement.',
      already_approved: 'You have already approved the protocol.',
      number_taken: 'The body already has a § with this number this year. Choose another number or leave it out.',
      not_ready: 'The protocol is not ready to adjust: it lacks something the law requires (see the list).',
      no_adjusters: 'The protocol has no chair or adjusters with an account to approve it.',
    },
    meeting_rule: {
      date_invalid: 'The date does not exist. Write it as YYYY-MM-DD.',
      timestamp_invalid: 'The time stamp is wrong.',
      date_order: 'A date comes before the date it must follow.',
      body_kind_unknown: 'The kind of body has no rules.',
      profile_invalid: 'The body’s own deadline or number of adjusters must be a whole number from 0 to 366.',
      registration_number_invalid: 'Write the registration number as SERIES/NUMBER/YEAR, e.g. RS/333/2015.',
      registration_number_taken:
        'The registration number is already used in this series and year. Numbers are never reused.',
      paragraph_number_invalid: 'A § number must be a whole number from 1 and a year of four digits.',
      tie_needs_casting_vote: 'The vote is tied and the chair voted neither yes nor no, so there is no casting vote.',
      tie_needs_lot: 'The election is tied. Draw lots and record the result.',
      status_transition: 'The meeting cannot go to that status from where it is.',
      protocol_locked: 'The protocol is adjusted and locked. Correct it as a new edition with a note.',
      correction_note_required: 'Say what was corrected and why.',
      motion_transition: 'The motion cannot take that step from where it is.',
    },
    data: {
      import_not_empty: 'The database is not empty.',
      import_invalid: 'The import file is invalid.',
    },
    statistics: {
      kpi_not_found: 'The key figure does not exist in Kolada. Check the id, for example N01951.',
      area_not_in_county: 'A municipality code is not one of the county’s municipalities.',
      source_unavailable:
        'The statistics source is not answering right now. The import will try again later; the figures already stored stay.',
      source_error: 'The statistics source gave an answer that could not be read. Try again later.',
      table_not_found:
        'The table does not exist in Statistics Sweden’s database. Check the table id, for example TAB638.',
      selection_refused:
        'Statistics Sweden refuses the selection. Choose values of every variable, and fewer values if it is large.',
      upload_invalid:
        'The file has rows with errors. Nothing was imported; correct the rows and upload the file again.',
      upload_unreadable: 'The file could not be read. Upload a CSV file or an Excel file (.xlsx).',
      goal_item_unknown: 'A goal or target is not among the goal frameworks the county uses.',
      indicator_set_archived: 'The indicator set is archived. Restore it before adding indicators.',
    },
    genderReview: {
      criterion_unknown: 'The review does not use this criterion. Choose one of the review’s criteria.',
      group_unknown: 'Choose at least one group of criteria.',
      document_unknown: 'The document is not part of the review.',
      document_in_use:
        'The document is the chosen link to improve. Remove it together with that choice, or choose another link first.',
      criterion_builtin:
        'The built-in criteria (the sub-goals, 4R, the five questions) cannot be renamed or removed. Leave out the whole group instead.',
      organisation_unknown: 'The organisation is not in the county.',
    },
    database: {
      unavailable: 'The database cannot be reached right now. Try again in a while.',
    },
  },
};
