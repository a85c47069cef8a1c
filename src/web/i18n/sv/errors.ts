/** Swedish texts of messages for every error code of the server (src/platform/errors.ts). */
export const errors = {
  errors: {
    unknown: 'Ett oväntat fel inträffade. Försök igen.',
    internal: 'Ett fel uppstod på servern. Försök igen om en stund.',
    network: {
      unreachable: 'Servern går inte att nå. Kontrollera anslutningen och försök igen.',
    },
    request: {
      invalid_json: 'Förfrågan kunde inte läsas.',
      validation_failed: 'Några uppgifter är felaktiga. Kontrollera de markerade fälten.',
      too_large: 'Innehållet är för stort.',
      unsupported_media_type: 'Fel innehållstyp i förfrågan.',
      csrf_failed: 'Säkerhetskontrollen misslyckades. Ladda om sidan och försök igen.',
      rate_limited: 'För många försök. Vänta en stund och försök igen.',
      route_not_found: 'Funktionen finns inte.',
      bad_url: 'Adressen är felaktig.',
      uri_too_long: 'Adressen är för lång.',
      timeout: 'Förfrågan tog för lång tid. Försök igen.',
      headers_too_large: 'Förfrågan är för stor. Rensa webbläsarens kakor för sidan och försök igen.',
      malformed: 'Förfrågan kunde inte läsas.',
    },
    auth: {
      required: 'Du behöver logga in.',
      invalid_credentials: 'Fel e-postadress eller lösenord',
      reset_token_invalid: 'Länken är ogiltig eller har gått ut. Begär en ny länk.',
      password_too_weak: 'Lösenordet är för svagt. Använd minst 10 tecken.',
      forbidden: 'Du har inte behörighet att göra detta.',
    },
    mail: {
      not_failed: 'Bara e-post som misslyckats eller väntar på ett nytt försök kan skickas igen.',
    },
    record: {
      not_found: 'Posten hittades inte.',
      stale: 'Någon annan har ändrat posten – här är den senaste versionen.',
      duplicate: 'Det finns redan en post med samma värde.',
      archived: 'Posten är arkiverad och kan inte ändras.',
    },
    organisation: {
      duplicate_municipality_code: 'Kommunkoden används redan av en annan organisation.',
      municipality_code_required: 'En kommun måste ha en kommunkod.',
      municipality_code_not_allowed: 'Bara kommuner kan ha en kommunkod.',
      population_only_for_municipality: 'Befolkningsuppgifter kan bara anges för kommuner.',
    },
    person: {
      duplicate_email: 'Det finns redan en person med den e-postadressen.',
    },
    user: {
      duplicate_email: 'Det finns redan ett konto med den e-postadressen.',
      person_has_account: 'Personen har redan ett konto.',
    },
    body: {
      reports_to_cycle: 'Organet kan inte rapportera till sig självt eller till ett organ som rapporterar till det.',
      member_already: 'Personen är redan medlem under den perioden.',
      membership_dates: 'Slutdatum kan inte vara före startdatum.',
      person_unknown: 'Personen finns inte.',
    },
    framework: {
      import_invalid: 'Filen har inte rätt struktur för ett målramverk.',
      duplicate_key: 'Det finns redan ett ramverk med samma nyckel.',
      version_published: 'Versionen är publicerad och kan inte ändras. Starta en ny version.',
      builtin_readonly: 'Inbyggda ramverk kan inte ändras.',
      no_draft: 'Ramverket har inget utkast. Starta en ny version först.',
      duplicate_code: 'Koden används redan i den här versionen.',
      unknown_parent: 'Den överordnade punkten finns inte.',
    },
    programme: {
      rus_not_found: 'Den regionala utvecklingsstrategin finns inte.',
    },
    initiative: {
      unknown_stakeholder_group: 'Aktörsgruppen finns inte.',
    },
    assessment: {
      finished: 'Bedömningen är avslutad och kan inte ändras.',
      not_finished: 'Bedömningen är inte avslutad ännu.',
      in_progress_exists: 'Det finns redan en pågående bedömning.',
      item_not_in_framework: 'Målet finns inte i målramverket som bedömningen använder.',
      rus_from_programme:
        'Den regionala utvecklingsstrategin kommer från programmet och väljs inte bland de andra ramverken.',
      framework_not_shared:
        'En delad bedömning kan bara använda delade eller inbyggda ramverk. Ramverket är ett utkast som bara en organisation ser.',
      framework_unpublished: 'Ramverket har ingen publicerad version att bedöma mot.',
      framework_has_ratings:
        'Ramverket har bedömningar i den här bedömningen. Ta bort dem innan du tar bort ramverket.',
      position_note_without_need:
        'En kommentar om ställningstaganden sparas bara när ställningstaganden krävs i steget.',
      duplicate_impact: 'Målet är redan bedömt.',
      rank_only_step2: 'Rangordning görs först i steg 2.',
      actor_identity: 'Aktören måste anges med namn eller organisation.',
      side_invalid: 'Ogiltig sida i målkonflikten.',
      position_required: 'Ett ställningstagande måste anges.',
      different_initiatives: 'Bedömningarna gäller olika insatser.',
    },
    action: {
      responsible_required: 'Åtgärden behöver en ansvarig.',
      deadline_before_start: 'Slutdatum kan inte vara före startdatum.',
      answers_unknown: 'Svaret hör inte till frågan.',
    },
    agreement: {
      date_invalid: 'Datumet är inte ett riktigt datum. Skriv det som ÅÅÅÅ-MM-DD.',
      amount_invalid: 'Beloppet är ogiltigt. Skriv kronor med högst två decimaler, t.ex. 443 000 eller 36 916,67.',
      percent_invalid: 'Procentsatsen är ogiltig. Skriv ett tal från 0 till 100 med högst två decimaler, t.ex. 12,5.',
      population_invalid: 'Folkmängden saknas eller är ogiltig för någon av kommunerna, så beloppet kan inte fördelas.',
      index_invalid: 'Indexvärdet är ogiltigt. Skriv en procentsats med högst två decimaler, t.ex. 2,7 eller −0,5.',
      index_duplicate: 'Indexserien har redan ett värde för {{year}}.',
      index_missing:
        'Indexvärdet för {{year}} saknas i indexserien. Lägg in det under Indexserier, så kan beloppet räknas fram.',
      shares_invalid: 'Varje område måste ha en egen kod och en andel mellan 0 och 100 %.',
      shares_not_100: 'Områdenas andelar summerar till {{sum}} %. De måste summera till exakt 100 %.',
      area_unknown: 'Välj ett eller flera av avtalets områden.',
      withholding_above_half: 'Högst 50 % av ersättningen för de omtvistade områdena får hållas inne.',
      withholding_cap_reached:
        'Öppna tvister håller redan inne en del av ersättningen för området; tillsammans får högst 50 % hållas inne.',
      terms_invalid: 'Villkoren är ogiltiga. Kontrollera förlängning, uppsägningstid och påminnelsedagar.',
      validity_order: 'Slutdatumet kan inte vara före startdatumet.',
      notice_exists: 'Avtalet är redan uppsagt eller har upphört.',
      notice_too_late:
        'Uppsägningen kom in efter sista dagen för uppsägning, {{deadline}}. Den gäller i stället för perioden som slutar {{periodEnd}} (sista dag för uppsägning då: {{nextDeadline}}).',
      bankgiro_invalid:
        'Bankgironumret är ogiltigt. Skriv det som NNN-NNNN eller NNNN-NNNN och kontrollera siffrorna – kontrollsiffran måste stämma.',
      template_not_issued:
        'Mallen är inte utfärdad ännu och har ingen version att följa. Ändra villkoren direkt tills mallen är utfärdad.',
      template_issued:
        'Mallen är utfärdad, så villkoren ändras inte längre direkt. Gör ändringen som en ny version från ett datum.',
      dispute_settled: 'Tvisten är redan avgjord; en uppgörelse registreras en gång.',
      notice_period_invalid:
        'En sen uppsägning kan bara registreras för den period den gäller: den första senare perioden vars sista dag för uppsägning den hinner till ({{periodEnd}}).',
      versions_overlap:
        'Versionen överlappar en tidigare version. En ny version måste börja efter att den senaste versionen började.',
    },
    survey: {
      link_invalid: 'Länken är inte giltig. Kontrollera att hela länken kom med, eller be avsändaren om en ny.',
      closed: 'Enkäten är stängd och tar inte emot svar (sista dag var {{date}}).',
      already_submitted: 'Enkäten är redan besvarad ({{date}}). Länken kan inte användas igen.',
      answer_invalid: 'Svaret på fråga {{question}} är inte giltigt.',
      answer_required: 'Besvara de obligatoriska frågorna: {{question}}.',
      structure_invalid: 'Enkätens uppbyggnad är ogiltig. Kontrollera sektioner, frågor och svarsalternativ.',
      scale_unknown: 'Välj en av länets svarsskalor.',
      scale_builtin: 'En inbyggd svarsskala kan inte ändras. Skapa en egen skala i stället.',
      template_unknown: 'Enkätmallen finns inte.',
      dates_invalid: 'Sista svarsdag kan inte vara före startdagen.',
      not_draft: 'Frågorna och anonymiteten kan bara ändras medan enkäten är ett utkast.',
      not_open: 'Enkäten måste vara öppen för att skicka inbjudningar och påminnelser.',
      no_respondent:
        'Det finns ingen att skicka till: samverkansorganet saknar ordförande eller sekreterare med e-postadress.',
    },
    followup: {
      duplicate_cycle: 'Det finns redan en uppföljning av de här avtalen för det året.',
      area_unknown: 'Området finns inte i avtalen som följs upp.',
      not_municipality: 'Organisationen är inte part i de här avtalen.',
      report_published: 'Verksamhetsberättelsen är publicerad och kan inte längre ändras.',
      report_duplicate:
        'Det finns redan en verksamhetsberättelse för det området och den kommunen. Redigera den i stället.',
      no_reports: 'Det finns inga utkast att publicera.',
      feedback_submitted: 'Bedömningen är lämnad och kan inte längre ändras.',
      feedback_incomplete: 'Bedöm alla områden innan bedömningen lämnas.',
      decided: 'Uppföljningen är beslutad. Verksamhetsberättelser och bedömningar är stängda.',
      questionnaire_linked: 'Uppföljningen har redan en enkät.',
      no_template_areas: 'Avtalsmallen har inga områden att följa upp.',
    },
    case: {
      number_taken: 'Diarienumret är redan använt i serien och året.',
      body_elsewhere: 'Organet hör till ett annat län.',
      item_elsewhere: 'Paragrafen hör inte till ärendet.',
      document_too_large: 'Dokumentet är större än vad som får laddas upp.',
      document_type: 'Filen är inte den PDF-, Word- eller Excelfil den utger sig för att vara.',
    },
    meeting: {
      dates: 'Sammanträdet kan inte sluta innan det börjar.',
      participant_unknown: 'En namngiven person finns inte bland sammanträdets deltagare.',
      participant_invalid: 'En deltagare finns inte i organets förteckning eller är felaktigt angiven.',
      motion_unknown: 'Yrkandet som hänvisas till finns inte i paragrafen.',
      motion_invalid: 'Ett yrkande är felaktigt: den som yrkar får inte yrka i paragrafen, eller stödet är fel.',
      vote_not_entitled: 'En ledamot som röstade har ingen rösträtt i paragrafen.',
      vote_absent: 'En ledamot som röstade var inte närvarande vid paragrafen.',
      vote_jav: 'En ledamot som röstade var jävig och deltog inte i paragrafen.',
      vote_count: 'Fler röster än röstberättigade ledamöter, eller någon röstade två gånger.',
      reservation_absent: 'En reservation från någon som inte deltog i paragrafen.',
      status: 'Sammanträdet är inte i ett läge där detta går.',
      protocol_locked: 'Protokollet är justerat och låst. Rätta det som en ny version med en anteckning.',
      not_adjusted: 'Protokollet är inte justerat och kan inte anslås ännu.',
      no_notice: 'Organets regler har inget anslag på anslagstavlan.',
      already_approved: 'Du har redan godkänt protokollet.',
      number_taken: 'Organet har redan en § med det numret i år. Välj ett annat nummer eller lämna fältet tomt.',
      not_ready: 'Protokollet är inte klart att justera: det saknar något som lagen kräver (se listan).',
      no_adjusters: 'Protokollet har ingen ordförande eller justerare med konto som kan godkänna det.',
    },
    meeting_rule: {
      date_invalid: 'Datumet finns inte. Skriv det som ÅÅÅÅ-MM-DD.',
      timestamp_invalid: 'Tidpunkten är felaktig.',
      date_order: 'Ett datum ligger före det datum det ska följa.',
      body_kind_unknown: 'Organets typ har inga regler.',
      profile_invalid: 'Organets egen frist eller antal justerare måste vara ett heltal mellan 0 och 366.',
      registration_number_invalid: 'Diarienumret ska skrivas SERIE/NUMMER/ÅR, till exempel RS/333/2015.',
      registration_number_taken: 'Diarienumret är redan använt i serien och året. Nummer återanvänds aldrig.',
      paragraph_number_invalid: 'Ett paragrafnummer ska vara ett heltal från 1 och ett år med fyra siffror.',
      tie_needs_casting_vote:
        'Omröstningen slutade lika och ordföranden röstade varken ja eller nej, så det finns ingen utslagsröst.',
      tie_needs_lot: 'Valet slutade lika. Lotta och för in resultatet.',
      status_transition: 'Sammanträdet kan inte gå till den statusen härifrån.',
      protocol_locked: 'Protokollet är justerat och låst. Rätta det som en ny version med en anteckning.',
      correction_note_required: 'Skriv vad som rättades och varför.',
      motion_transition: 'Motionen kan inte ta det steget härifrån.',
    },
    data: {
      import_not_empty: 'Databasen är inte tom.',
      import_invalid: 'Importfilen är felaktig.',
    },
    statistics: {
      kpi_not_found: 'Nyckeltalet finns inte i Kolada. Kontrollera id:t, till exempel N01951.',
      area_not_in_county: 'En kommunkod hör inte till länets kommuner.',
      source_unavailable:
        'Statistikkällan svarar inte just nu. Importen försöker igen senare; de siffror som redan finns ligger kvar.',
      source_error: 'Statistikkällan gav ett svar som inte gick att läsa. Försök igen senare.',
      table_not_found: 'Tabellen finns inte i SCB:s statistikdatabas. Kontrollera tabellens id, till exempel TAB638.',
      selection_refused:
        'SCB tar inte emot urvalet. Välj värden för varje variabel och färre värden om urvalet är stort.',
      upload_invalid: 'Filen har rader med fel. Inget har importerats; rätta raderna och ladda upp filen igen.',
      upload_unreadable: 'Filen gick inte att läsa. Ladda upp en CSV-fil eller en Excelfil (.xlsx).',
      goal_item_unknown: 'Ett mål eller delmål finns inte bland de målramverk som länet använder.',
      indicator_set_archived: 'Indikatoruppsättningen är arkiverad. Återställ den innan du lägger till indikatorer.',
    },
    genderReview: {
      criterion_unknown: 'Kriteriet används inte i granskningen. Välj ett av granskningens kriterier.',
      group_unknown: 'Välj minst en grupp av kriterier.',
      document_unknown: 'Dokumentet finns inte i granskningen.',
      document_in_use:
        'Dokumentet är valt som länken att förbättra. Ta bort det tillsammans med valet, eller välj en annan länk först.',
      criterion_builtin:
        'De inbyggda kriterierna (delmålen, 4R, de fem frågorna) kan inte byta namn eller tas bort. Välj bort hela gruppen i stället.',
      organisation_unknown: 'Organisationen finns inte i länet.',
    },
    database: {
      unavailable: 'Databasen går inte att nå just nu. Försök igen om en stund.',
    },
  },
};
