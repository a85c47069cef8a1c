export const noticeBoard = {
  noticeBoard: {
    organisationLabel: 'Notice board',
    organisationLink: 'The notice board (public page)',
    title: '{{organisation}} – notice board',
    intro:
      'Adjusted protocols of the bodies of {{organisation}} are announced here (Local Government Act, chapter 8, section 12). A decision may be appealed within three weeks of the day the notice went up.',
    feed: 'Subscribe to the notice board (Atom feed)',
    feedTitle: '{{organisation}} – notice board (Atom)',
    current: 'Notices',
    currentCount_one: '{{count}} protocol is on the notice board.',
    currentCount_other: '{{count}} protocols are on the notice board.',
    currentEmpty: 'No protocols are on the notice board at the moment.',
    earlier: 'Notices taken down',
    earlierCount_one: '{{count}} earlier notice, the latest first.',
    earlierCount_other: '{{count}} earlier notices, the latest first.',
    // Followed by the meeting's date (kept on one line).
    entryTitle: '{{body}}, meeting of',
    takenDown: 'Taken down',
    onBoard: 'On the board',
    fields: {
      meetingDate: 'Meeting date',
      paragraphs: 'Paragraphs (§§)',
      adjustedOn: 'Protocol adjusted',
      postedOn: 'Notice put up',
      takeDownOn: 'Notice taken down',
      appealEndsOn: 'Last day to appeal',
      keptAt: 'Where the protocol is kept',
    },
    paragraph: '§ {{number}} {{title}}',
    keptAtUnknown: 'Not stated',
    pdf: 'The protocol (PDF)',
    pdfLabel: 'The protocol (PDF), {{body}} {{date}}',
    notFoundTitle: 'There is no such notice board',
    notFound:
      'No organisation in Samsyn has this address. Check the link, or ask the organisation for the address of its notice board.',
  },
};
