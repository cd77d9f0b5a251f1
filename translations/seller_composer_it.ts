<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AttachmentFiles</name>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="166"/>
        <source>“{name}” is attached again, as before the fix.</source>
        <translation>«{name}» è di nuovo allegato, come prima della correzione.</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="144"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="145"/>
        <source>Attach “{name}” again, as it was before the fix</source>
        <translation>Allega di nuovo «{name}», come prima della correzione</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="147"/>
        <source>Undo the fix of {name}</source>
        <translation>Annulla la correzione di {name}</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="165"/>
        <source>Make smaller ({size} → about {estimate})</source>
        <translation>Rimpicciolisci ({size} → circa {estimate})</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="244"/>
        <source>Add a PDF, Word, text file or picture (Alt+A). You can also drop files here.</source>
        <translation>Aggiungi un PDF, un file Word o di testo, o un&apos;immagine (Alt+E). Puoi anche trascinare qui i file.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="246"/>
        <source>No files attached. Drop files here, or choose Attach file. Amazon takes PDF, Word, text and pictures, up to 10 MB in all.</source>
        <translation>Nessun file allegato. Trascina qui i file o scegli «Allega file». Amazon accetta PDF, Word, testo e immagini, fino a 10 MB in tutto.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="255"/>
        <location filename="../composer/ui/attachmentspanel.py" line="264"/>
        <location filename="../composer/ui/attachmentspanel.py" line="354"/>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="266"/>
        <source>&amp;Attach file…</source>
        <translation>All&amp;ega file…</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="273"/>
        <source>Attachment size used</source>
        <translation>Dimensione allegati usata</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="281"/>
        <source>Attachment budget</source>
        <translation>Spazio per gli allegati</translation>
    </message>
</context>
<context>
    <name>ComposeController</name>
    <message>
        <location filename="../composer/ui/composecontroller.py" line="439"/>
        <source>{severity}: {title}</source>
        <translation>{severity}: {title}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../composer/ui/datefield.py" line="29"/>
        <source>Not set</source>
        <translation>Non impostata</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="177"/>
        <location filename="../composer/ui/draftspanel.py" line="184"/>
        <source>Drafts</source>
        <translation>Bozze</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="187"/>
        <source>New draft (Ctrl+N)</source>
        <translation>Nuova bozza (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="189"/>
        <source>New from a template (Ctrl+Shift+N)</source>
        <translation>Nuova da un modello (Ctrl+Maiusc+N)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="192"/>
        <source>Duplicate the selected draft</source>
        <translation>Duplica la bozza selezionata</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="196"/>
        <source>Move the selected draft to the trash (Delete)</source>
        <translation>Sposta la bozza selezionata nel cestino (Canc)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="205"/>
        <source>Search drafts…</source>
        <translation>Cerca bozze…</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="207"/>
        <source>Search drafts</source>
        <translation>Cerca nelle bozze</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="212"/>
        <source>Draft list</source>
        <translation>Elenco delle bozze</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="228"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="236"/>
        <source>Sho&amp;w trash</source>
        <translation>Vedi ce&amp;stino</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="237"/>
        <source>Deleted drafts stay in the trash for 30 days. Select one and choose Restore.</source>
        <translation>Le bozze eliminate restano nel cestino per 30 giorni. Selezionane una e scegli «Ripristina».</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="240"/>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="322"/>
        <source>The trash is empty.</source>
        <translation>Il cestino è vuoto.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="323"/>
        <source>No drafts match.</source>
        <translation>Nessuna bozza corrisponde.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="324"/>
        <source>No drafts yet.</source>
        <translation>Ancora nessuna bozza.</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../composer/ui/exportbar.py" line="26"/>
        <source>Copy for Seller Central</source>
        <translation>Copia per Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="27"/>
        <source>Copy the plain text, ready to paste into Contact Buyer in Seller Central</source>
        <translation>Copia il testo semplice, pronto da incollare in «Contatta l&apos;acquirente» di Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="29"/>
        <source>Copy formatted</source>
        <translation>Copia formattato</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="30"/>
        <source>Copy the message with its bold, lists and headings, for an email app</source>
        <translation>Copia il messaggio con grassetto, elenchi e titoli, per un&apos;app di posta</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="32"/>
        <source>Open in email app</source>
        <translation>Apri nell&apos;app di posta</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="33"/>
        <source>Open the message as a ready-to-send draft in your email app, to the buyer&apos;s Amazon address</source>
        <translation>Apri il messaggio come bozza pronta da inviare nella tua app di posta, all&apos;indirizzo Amazon dell&apos;acquirente</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="36"/>
        <source>Save as .eml…</source>
        <translation>Salva come .eml…</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="37"/>
        <source>Save the message as an email file (.eml) that any email app can open</source>
        <translation>Salva il messaggio come file e-mail (.eml) che ogni app di posta sa aprire</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="39"/>
        <source>Send…</source>
        <translation>Invia…</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="40"/>
        <source>Send it now through your own email account (set it up in Settings › Sending)</source>
        <translation>Invialo ora con il tuo account di posta (configuralo in Impostazioni › Invio)</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="96"/>
        <location filename="../composer/ui/exportbar.py" line="167"/>
        <source>Sent log</source>
        <translation>Registro invii</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="98"/>
        <source>Everything you copied, saved or sent, and the Outbox</source>
        <translation>Tutto ciò che hai copiato, salvato o inviato, e la posta in uscita</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="150"/>
        <source>{tip}. Not available: {reason}</source>
        <translation>{tip}. Non disponibile: {reason}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="158"/>
        <source>Note: {reason}</source>
        <translation>Nota: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/exportbar.py" line="166"/>
        <source>Outbox: %n</source>
        <translation>
            <numerusform>In uscita: %n</numerusform>
            <numerusform>In uscita: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="33"/>
        <source>Blocks sending</source>
        <translation>Blocca l&apos;invio</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="34"/>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="35"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="112"/>
        <location filename="../composer/ui/findingspanel.py" line="203"/>
        <source>Fix</source>
        <translation>Correggi</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="113"/>
        <location filename="../composer/ui/findingspanel.py" line="204"/>
        <source>Fix: {label}</source>
        <translation>Correggi: {label}</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="114"/>
        <source>Apply this fix. Ctrl+Z undoes it.</source>
        <translation>Applica questa correzione. Ctrl+Z la annulla.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="130"/>
        <source>Ignore here</source>
        <translation>Ignora qui</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="133"/>
        <source>Hide this one occurrence. The rule still checks the rest of the message.</source>
        <translation>Nascondi solo questa occorrenza. La regola continua a controllare il resto del messaggio.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="139"/>
        <source>Tell Seller Composer these words are not what it found. You are asked to confirm, with what is at risk.</source>
        <translation>Indica a Seller Composer che queste parole non sono ciò che ha trovato. Ti viene chiesto di confermare, con il rischio che comporta.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="167"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="168"/>
        <source>This is not {nouns}…</source>
        <translation>Questo non è {nouns}…</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="178"/>
        <source>[picture]</source>
        <translation>[immagine]</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="188"/>
        <source>Source: {sources}</source>
        <translation>Fonte: {sources}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="315"/>
        <source>Policy findings</source>
        <translation>Risultati del controllo</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="322"/>
        <location filename="../composer/ui/findingspanel.py" line="328"/>
        <location filename="../composer/ui/findingspanel.py" line="375"/>
        <source>Checking…</source>
        <translation>Controllo in corso…</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="324"/>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="348"/>
        <source>Show them again</source>
        <translation>Mostrali di nuovo</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="521"/>
        <source>…and {count} more. Fix the ones above first; the list updates as you go.</source>
        <translation>…e altri {count}. Correggi prima quelli in alto; l&apos;elenco si aggiorna man mano.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="547"/>
        <source>✓ Fixed. Ctrl+Z undoes it.</source>
        <translation>✓ Corretto. Ctrl+Z lo annulla.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="548"/>
        <source>Ignored here.</source>
        <translation>Ignorato qui.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="548"/>
        <source>✓ No longer found.</source>
        <translation>✓ Non più rilevato.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/findingspanel.py" line="567"/>
        <source>%n finding(s) ignored here.</source>
        <translation>
            <numerusform>%n risultato ignorato qui.</numerusform>
            <numerusform>%n risultati ignorati qui.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="579"/>
        <source>No problems found</source>
        <translation>Nessun problema trovato</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="582"/>
        <source>Nothing in this message breaks Amazon&apos;s messaging rules that Seller Composer knows of. Read it once more as your buyer would, then send it.</source>
        <translation>Nulla in questo messaggio viola le regole di messaggistica di Amazon note a Seller Composer. Rileggilo come farebbe l&apos;acquirente, poi invialo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="592"/>
        <source>Rules dated {date}. Seller Composer&apos;s own summary of Amazon&apos;s guidelines; Amazon does not publish its scanner&apos;s rules.</source>
        <translation>Regole del {date}. Riepilogo di Seller Composer delle linee guida di Amazon; Amazon non pubblica le regole del suo filtro.</translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <location filename="../composer/ui/formatbar.py" line="28"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="29"/>
        <source>Undo the last change</source>
        <translation>Annulla l&apos;ultima modifica</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="30"/>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="31"/>
        <source>Redo what was undone</source>
        <translation>Ripeti ciò che è stato annullato</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="32"/>
        <source>Bold</source>
        <translation>Grassetto</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="33"/>
        <source>Bold: for a word or two that must stand out</source>
        <translation>Grassetto: per una o due parole che devono risaltare</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="35"/>
        <location filename="../composer/ui/formatbar.py" line="37"/>
        <source>Italic</source>
        <translation>Corsivo</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="38"/>
        <location filename="../composer/ui/formatbar.py" line="39"/>
        <source>Underline</source>
        <translation>Sottolineato</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="41"/>
        <location filename="../composer/ui/formatbar.py" line="42"/>
        <source>Bulleted list</source>
        <translation>Elenco puntato</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="43"/>
        <source>Numbered list</source>
        <translation>Elenco numerato</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="44"/>
        <source>Numbered list: good for steps</source>
        <translation>Elenco numerato: utile per i passaggi</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="46"/>
        <location filename="../composer/ui/formatbar.py" line="48"/>
        <source>Heading {level}</source>
        <translation>Titolo {level}</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="47"/>
        <source>Heading 1 (largest)</source>
        <translation>Titolo 1 (il più grande)</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="51"/>
        <source>Normal text</source>
        <translation>Testo normale</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="52"/>
        <source>Make the paragraph normal text again</source>
        <translation>Riporta il paragrafo a testo normale</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="123"/>
        <location filename="../composer/ui/formatbar.py" line="125"/>
        <source>Formatting</source>
        <translation>Formattazione</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../composer/ui/headerform.py" line="62"/>
        <source>e.g. Brass desk lamp (fills {product})</source>
        <translation>ad es. Lampada da scrivania in ottone (compila {product})</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="73"/>
        <source>Just &amp;now</source>
        <translation>Appena rice&amp;vuto</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="74"/>
        <source>The buyer&apos;s message arrived a moment ago</source>
        <translation>Il messaggio dell&apos;acquirente è appena arrivato</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="78"/>
        <source>Time left to reply</source>
        <translation>Tempo rimasto per rispondere</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="79"/>
        <source>Amazon counts a reply as late after 24 hours, weekends and holidays included.</source>
        <translation>Amazon considera in ritardo una risposta dopo 24 ore, weekend e festivi inclusi.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="106"/>
        <source>A short, clear subject, e.g. Delivery date for your order</source>
        <translation>Un oggetto breve e chiaro, ad es. Data di consegna del tuo ordine</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="116"/>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="117"/>
        <source>The buyer&apos;s Amazon alias address, from the order page in Seller Central</source>
        <translation>L&apos;indirizzo alias Amazon dell&apos;acquirente, dalla pagina dell&apos;ordine in Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="119"/>
        <source>&amp;Order ID:</source>
        <translation>&amp;N. ordine:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="120"/>
        <source>The 17-digit Amazon order ID (3-7-7 digits)</source>
        <translation>Il numero d&apos;ordine Amazon di 17 cifre (3-7-7)</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="122"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="123"/>
        <source>What the message is for. Amazon allows only certain reasons to write.</source>
        <translation>A cosa serve il messaggio. Amazon consente solo certi motivi.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="124"/>
        <source>Order &amp;date:</source>
        <translation>&amp;Data ordine:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="125"/>
        <source>The date the order was placed</source>
        <translation>La data dell&apos;ordine</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="127"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="128"/>
        <source>The subject line the buyer sees</source>
        <translation>La riga dell&apos;oggetto che vede l&apos;acquirente</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="129"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="130"/>
        <source>The buyer&apos;s preferred language. Amazon requires messages in it.</source>
        <translation>La lingua preferita dell&apos;acquirente. Amazon richiede i messaggi in questa lingua.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="132"/>
        <source>&amp;Product:</source>
        <translation>&amp;Prodotto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="133"/>
        <source>The product&apos;s name: it fills {product} in templates and is never marked as a spelling mistake</source>
        <translation>Il nome del prodotto: compila {product} nei modelli e non viene mai segnato come errore</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="135"/>
        <source>Deli&amp;vered:</source>
        <translation>Conse&amp;gnato:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="136"/>
        <source>The date the order was delivered: review requests may be sent from 5 to 30 days after it</source>
        <translation>La data di consegna dell&apos;ordine: le richieste di recensione sono possibili da 5 a 30 giorni dopo</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="140"/>
        <source>&amp;Buyer wrote at:</source>
        <translation>L&apos;ac&amp;quirente ha scritto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="141"/>
        <source>When the buyer&apos;s message arrived (your computer&apos;s time). Amazon counts a reply as late after 24 hours.</source>
        <translation>Quando è arrivato il messaggio dell&apos;acquirente (ora del tuo computer). Amazon considera in ritardo una risposta dopo 24 ore.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="143"/>
        <source>Buyer&apos;s message received at</source>
        <translation>Messaggio dell&apos;acquirente ricevuto il</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="327"/>
        <source>Enter when the buyer wrote to see the time left to reply.</source>
        <translation>Indica quando ha scritto l&apos;acquirente per vedere il tempo rimasto per rispondere.</translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="118"/>
        <source>&amp;Messages</source>
        <translation>&amp;Messaggi</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="121"/>
        <source>&amp;Buyer Messages…</source>
        <translation>Messaggi degli &amp;acquirenti…</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="122"/>
        <source>Buyer messages waiting for a reply, answered ones, and Amazon&apos;s notices</source>
        <translation>Messaggi degli acquirenti in attesa di risposta, quelli già gestiti e gli avvisi di Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="125"/>
        <source>&amp;Import E-mail Files…</source>
        <translation>&amp;Importa file e-mail…</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="126"/>
        <source>Import Amazon&apos;s e-mails (.eml, Outlook .msg, an mbox folder file)</source>
        <translation>Importa le e-mail di Amazon (.eml, .msg di Outlook, un file di cartella mbox)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="129"/>
        <source>&amp;Check Mailbox</source>
        <translation>&amp;Controlla la casella</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="130"/>
        <source>Fetch new buyer messages from your mailbox (Settings › Receiving)</source>
        <translation>Scarica i nuovi messaggi degli acquirenti dalla tua casella (Impostazioni › Ricezione)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="133"/>
        <source>I Used Amazon&apos;s &amp;Request a Review for This Order</source>
        <translation>Ho usato «&amp;Richiedi una recensione» di Amazon per questo ordine</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="135"/>
        <source>Amazon allows one review request per order, its own button included</source>
        <translation>Amazon consente una sola richiesta di recensione per ordine, incluso il proprio pulsante</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="149"/>
        <source>What Changed in Amazon&apos;s &amp;Rules</source>
        <translation>Cosa è cambiato nelle &amp;regole di Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="150"/>
        <source>The 2025–2026 changes to Amazon&apos;s messaging rules</source>
        <translation>Le modifiche 2025–2026 alle regole di messaggistica di Amazon</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="23"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="26"/>
        <location filename="../composer/ui/languagechoice.py" line="54"/>
        <source>Language of the app</source>
        <translation>Lingua dell&apos;app</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="27"/>
        <source>The language of menus, messages and checks in Seller Composer. The buyer&apos;s language is chosen in each message.</source>
        <translation>La lingua di menu, avvisi e controlli di Seller Composer. La lingua dell&apos;acquirente si sceglie in ogni messaggio.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="35"/>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Lingua dell&apos;app:</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="37"/>
        <source>Takes effect the next time Seller Composer starts. It does not change the language you write to buyers in.</source>
        <translation>Vale dal prossimo avvio di Seller Composer. Non cambia la lingua in cui scrivi agli acquirenti.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="55"/>
        <source>Seller Composer will use %1 the next time it starts. Your open draft has been saved and will be there when you come back.</source>
        <translation>Seller Composer userà %1 dal prossimo avvio. La tua bozza aperta è salvata e la ritroverai.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="40"/>
        <source>The message exactly as the buyer will receive it (Ctrl+Shift+B)</source>
        <translation>Il messaggio esattamente come lo riceverà l&apos;acquirente (Ctrl+Maiusc+B)</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="85"/>
        <source>Write</source>
        <translation>Scrivi</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="86"/>
        <source>Write and format the message</source>
        <translation>Scrivi e formatta il messaggio</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="87"/>
        <location filename="../composer/ui/mainwindow.py" line="180"/>
        <source>Buyer&apos;s view</source>
        <translation>Vista dell&apos;acquirente</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="420"/>
        <source>Your draft could not be saved</source>
        <translation>Non è stato possibile salvare la bozza</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="421"/>
        <source>Saving failed: {error}

Close anyway? Your last changes would be lost.</source>
        <translation>Salvataggio non riuscito: {error}

Chiudere comunque? Le ultime modifiche andrebbero perse.</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="28"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="31"/>
        <source>&amp;New Draft</source>
        <translation>&amp;Nuova bozza</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="32"/>
        <source>Start a new, empty message</source>
        <translation>Inizia un nuovo messaggio vuoto</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="33"/>
        <source>New from &amp;Template…</source>
        <translation>Nuova da &amp;modello…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="34"/>
        <source>Start from a compliant template in the buyer&apos;s language</source>
        <translation>Parti da un modello conforme nella lingua dell&apos;acquirente</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="35"/>
        <source>&amp;Open Message File…</source>
        <translation>&amp;Apri file di messaggio…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="36"/>
        <source>Open an HTML or text file as a new draft, with its formatting</source>
        <translation>Apri un file HTML o di testo come nuova bozza, con la sua formattazione</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="41"/>
        <source>&amp;Duplicate Draft</source>
        <translation>&amp;Duplica bozza</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="42"/>
        <source>Make a copy of this draft</source>
        <translation>Crea una copia di questa bozza</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="43"/>
        <source>&amp;Rename Draft…</source>
        <translation>&amp;Rinomina bozza…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="44"/>
        <source>Give this draft a name in the list</source>
        <translation>Dai un nome a questa bozza nell&apos;elenco</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="45"/>
        <source>Save as Te&amp;mplate…</source>
        <translation>Salva come &amp;modello…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="46"/>
        <source>Keep this message as one of your templates</source>
        <translation>Conserva questo messaggio tra i tuoi modelli</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="47"/>
        <source>Move Draft to Tras&amp;h</source>
        <translation>Sposta bozza nel ces&amp;tino</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="48"/>
        <source>Delete this draft (it can be restored)</source>
        <translation>Elimina questa bozza (può essere ripristinata)</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="50"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="52"/>
        <source>Business name, orders per day, time zone and how messages are sent</source>
        <translation>Nome dell&apos;attività, ordini al giorno, fuso orario e modalità di invio dei messaggi</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="57"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="61"/>
        <source>&amp;Edit</source>
        <translation>Modifi&amp;ca</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="66"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="67"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="68"/>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="69"/>
        <source>Select &amp;All</source>
        <translation>Seleziona &amp;tutto</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="77"/>
        <source>Fo&amp;rmat</source>
        <translation>Fo&amp;rmato</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="84"/>
        <source>&amp;View</source>
        <translation>Visuali&amp;zza</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="85"/>
        <source>&amp;Buyer&apos;s View</source>
        <translation>Vista dell&apos;&amp;acquirente</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="88"/>
        <source>Switch between writing and the buyer&apos;s view</source>
        <translation>Passa dalla scrittura alla vista dell&apos;acquirente</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="94"/>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="96"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;uto</translation>
    </message>
</context>
<context>
    <name>QuotaMeter</name>
    <message>
        <location filename="../composer/ui/quotameter.py" line="23"/>
        <source> · nearly used up</source>
        <translation> · quasi esaurito</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="24"/>
        <source> · limit reached</source>
        <translation> · limite raggiunto</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="34"/>
        <source>Today {used} / {limit} messages</source>
        <translation>Oggi {used} / {limit} messaggi</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="43"/>
        <source>({orders} orders a day × {per_order}) + {base} = {limit} messages a day</source>
        <translation>({orders} ordini al giorno × {per_order}) + {base} = {limit} messaggi al giorno</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="52"/>
        <source>your computer&apos;s time zone</source>
        <translation>fuso orario del tuo computer</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="54"/>
        <source>&lt;b&gt;Amazon&apos;s daily message limit&lt;/b&gt;: (average orders per day × {per_order}) + {base}.</source>
        <translation>&lt;b&gt;Limite giornaliero di messaggi di Amazon&lt;/b&gt;: (media degli ordini al giorno × {per_order}) + {base}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="56"/>
        <source>Yours: {formula}.</source>
        <translation>Il tuo: {formula}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="57"/>
        <source>Sent today (since midnight, {zone}): {used}; left: {left}.</source>
        <translation>Inviati oggi (da mezzanotte, {zone}): {used}; rimanenti: {left}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="62"/>
        <source>Your average orders per day is not set, so this is Amazon&apos;s base limit.</source>
        <translation>La media degli ordini al giorno non è impostata, quindi questo è il limite di base di Amazon.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="65"/>
        <source>Amazon does not deliver messages past the limit: sending is refused until tomorrow.</source>
        <translation>Amazon non recapita i messaggi oltre il limite: l&apos;invio è bloccato fino a domani.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="67"/>
        <source>Click to change your average orders per day or import your order report.</source>
        <translation>Fai clic per modificare la media degli ordini al giorno o importare il report degli ordini.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="82"/>
        <source>Messages sent today</source>
        <translation>Messaggi inviati oggi</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="102"/>
        <source>The sent log could not be read: {error}</source>
        <translation>Impossibile leggere il registro invii: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="121"/>
        <source>{meter}. {left} left today.</source>
        <translation>{meter}. Ne restano {left} oggi.</translation>
    </message>
</context>
<context>
    <name>SentLog</name>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="57"/>
        <source>Copied for Seller Central: a copy carries no address, so this is the buyer&apos;s address from its draft. Seller Central sends the message to the buyer of the order.</source>
        <translation>Copiato per Seller Central: una copia non ha indirizzo, quindi questo è l&apos;indirizzo dell&apos;acquirente preso dalla sua bozza. Seller Central invia il messaggio all&apos;acquirente dell&apos;ordine.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="61"/>
        <source>Copied for Seller Central: a copy carries no address. Seller Central sends the message to the buyer of the order.</source>
        <translation>Copiato per Seller Central: una copia non ha indirizzo. Seller Central invia il messaggio all&apos;acquirente dell&apos;ordine.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../composer/ui/statusline.py" line="54"/>
        <source>Character count</source>
        <translation>Numero di caratteri</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="65"/>
        <source> (Amazon may cut long replies)</source>
        <translation> (Amazon può tagliare le risposte lunghe)</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="71"/>
        <source>Rules dated {date}</source>
        <translation>Regole del {date}</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="72"/>
        <source>The date of the policy rules this copy of Seller Composer checks against. They are summarised from Amazon&apos;s guidelines.</source>
        <translation>La data delle regole con cui controlla questa copia di Seller Composer. Riassumono le linee guida di Amazon.</translation>
    </message>
</context>
<context>
    <name>WindowExtras</name>
    <message>
        <location filename="../composer/ui/windowextras.py" line="33"/>
        <source>Paste as Plain Te&amp;xt</source>
        <translation>Incolla come testo &amp;semplice</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="36"/>
        <source>Paste the words only, without any formatting</source>
        <translation>Incolla solo le parole, senza formattazione</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="44"/>
        <source>&amp;Find…</source>
        <translation>T&amp;rova…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="46"/>
        <source>Find words in the message</source>
        <translation>Trova parole nel messaggio</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="51"/>
        <source>&amp;Quick guide</source>
        <translation>&amp;Guida rapida</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="52"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="54"/>
        <source>&amp;Policy rules</source>
        <translation>&amp;Regole</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="56"/>
        <source>&amp;About Seller Composer</source>
        <translation>&amp;Informazioni su Seller Composer</translation>
    </message>
</context>
<context>
    <name>_CharacterCount</name>
    <message numerus="yes">
        <location filename="../composer/ui/statusline.py" line="24"/>
        <source>%n characters (no limit for this type)</source>
        <translation>
            <numerusform>%n carattere (nessun limite per questo tipo)</numerusform>
            <numerusform>%n caratteri (nessun limite per questo tipo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/statusline.py" line="28"/>
        <source>%n characters: this type takes no message text</source>
        <translation>
            <numerusform>%n carattere: questo tipo non accetta testo</numerusform>
            <numerusform>%n caratteri: questo tipo non accetta testo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="30"/>
        <source>No message text for this type: Amazon sends its own</source>
        <translation>Nessun testo per questo tipo: Amazon invia il proprio</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="33"/>
        <source>{used} / {limit} characters: {over} too many</source>
        <translation>{used} / {limit} caratteri: {over} di troppo</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="36"/>
        <source>{used} / {limit} characters: nearly full</source>
        <translation>{used} / {limit} caratteri: quasi pieno</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="37"/>
        <source>{used} / {limit} characters</source>
        <translation>{used} / {limit} caratteri</translation>
    </message>
</context>
</TS>
