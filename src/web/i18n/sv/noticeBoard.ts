export const noticeBoard = {
  noticeBoard: {
    organisationLabel: 'Anslagstavla',
    organisationLink: 'Anslagstavlan (offentlig sida)',
    title: '{{organisation}} – anslagstavla',
    intro:
      'Här tillkännages justerade protokoll från {{organisation}}s organ (kommunallagen 8 kap. 12 §). Den som vill överklaga ett beslut ska göra det inom tre veckor från den dag då tillkännagivandet sattes upp.',
    feed: 'Prenumerera på anslagstavlan (Atom-flöde)',
    feedTitle: '{{organisation}} – anslagstavla (Atom)',
    current: 'Anslag',
    currentCount_one: '{{count}} protokoll är anslaget.',
    currentCount_other: '{{count}} protokoll är anslagna.',
    currentEmpty: 'Inga protokoll är anslagna just nu.',
    earlier: 'Nedtagna anslag',
    earlierCount_one: '{{count}} tidigare anslag, det senaste först.',
    earlierCount_other: '{{count}} tidigare anslag, de senaste först.',
    // Followed by the meeting's date (kept on one line).
    entryTitle: '{{body}}, sammanträde',
    takenDown: 'Nedtaget',
    onBoard: 'Anslaget',
    fields: {
      meetingDate: 'Sammanträdesdatum',
      paragraphs: 'Paragrafer',
      adjustedOn: 'Protokollet justerat',
      postedOn: 'Anslaget uppsatt',
      takeDownOn: 'Anslaget tas ned',
      appealEndsOn: 'Sista dag att överklaga',
      keptAt: 'Förvaringsplats för protokollet',
    },
    paragraph: '§ {{number}} {{title}}',
    keptAtUnknown: 'Uppgift saknas',
    pdf: 'Protokollet (PDF)',
    pdfLabel: 'Protokollet (PDF), {{body}} {{date}}',
    notFoundTitle: 'Anslagstavlan finns inte',
    notFound:
      'Det finns ingen organisation med den här adressen i Samsyn. Kontrollera länken eller fråga organisationen efter adressen till dess anslagstavla.',
  },
};
