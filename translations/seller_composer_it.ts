<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../composer/ui/windowparts.py" line="237"/>
        <source>About Seller Composer</source>
        <translation>Informazioni su Seller Composer</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowparts.py" line="239"/>
        <source>Write messages to Amazon buyers that pass Amazon&apos;s Buyer-Seller Messaging checks.</source>
        <translation>Scrivi agli acquirenti Amazon messaggi che superano i controlli dei Messaggi tra acquirente e venditore di Amazon.</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowparts.py" line="242"/>
        <source>Seller Composer is not made by or affiliated with Amazon. Its rules are a careful summary of Amazon&apos;s published guidelines; when in doubt it takes the stricter reading.</source>
        <translation>Seller Composer non è realizzato da Amazon né affiliato ad Amazon. Le sue regole riassumono con cura le linee guida pubblicate da Amazon; nel dubbio sceglie la lettura più severa.</translation>
    </message>
</context>
<context>
    <name>AskWords</name>
    <message>
        <location filename="../composer/ui/askwords.py" line="20"/>
        <source>New expected delivery date (for example 18 December):</source>
        <translation>Nuova data di consegna prevista (per esempio 18 dicembre):</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="16"/>
        <source>Buyer&apos;s name</source>
        <translation>Nome dell&apos;acquirente</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="17"/>
        <source>Buyer&apos;s name, as on the order (for example Jane Doe):</source>
        <translation>Nome dell&apos;acquirente, come nell&apos;ordine (per esempio Maria Rossi):</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="19"/>
        <source>New delivery date</source>
        <translation>Nuova data di consegna</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="22"/>
        <source>Delivery day</source>
        <translation>Giorno di consegna</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="23"/>
        <source>Delivery day you propose (for example Tuesday 15 December):</source>
        <translation>Giorno di consegna che propone (per esempio martedì 15 dicembre):</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="26"/>
        <source>Fill in</source>
        <translation>Da completare</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="27"/>
        <source>Words to put in:</source>
        <translation>Testo da inserire:</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="86"/>
        <source>Not attached: {reason}</source>
        <translation>Non allegato: {reason}</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="95"/>
        <source>“{file}” is already attached.</source>
        <translation>«{file}» è già allegato.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="99"/>
        <source>A file called “{file}” is already attached. Rename one of them first.</source>
        <translation>È già allegato un file di nome «{file}». Rinomina prima uno dei due.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="138"/>
        <source>Working on “{file}”…</source>
        <translation>Elaborazione di «{file}»…</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="150"/>
        <source>The file could not be changed</source>
        <translation>Impossibile modificare il file</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="157"/>
        <source>The file was removed before its copy was ready; the copy was not attached.</source>
        <translation>Il file è stato rimosso prima che la copia fosse pronta; la copia non è stata allegata.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="165"/>
        <source>Attached a fixed copy, “{name}”. Your original file is unchanged; Ctrl+Z puts it back.</source>
        <translation>Allegata una copia corretta, «{name}». Il file originale non è cambiato; Ctrl+Z lo rimette.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="176"/>
        <source>Attached a fixed copy, “{file}”. Your original file is unchanged; Undo on its row puts it back.</source>
        <translation>È allegata una copia corretta, «{file}». Il tuo file originale non è cambiato; «Annulla» sulla sua riga lo rimette.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="179"/>
        <source>Attached a fixed copy, “{file}”. Your original file is unchanged.</source>
        <translation>È allegata una copia corretta, «{file}». Il tuo file originale non è cambiato.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="218"/>
        <source>“{name}” is attached again, as before the fix.</source>
        <translation>«{name}» è di nuovo allegato, come prima della correzione.</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="63"/>
        <source>Make smaller</source>
        <translation>Rimpicciolisci</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="64"/>
        <source>Convert</source>
        <translation>Converti</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="65"/>
        <source>Fix the name</source>
        <translation>Correggi il nome</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="66"/>
        <source>Remove location</source>
        <translation>Togli la posizione</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="147"/>
        <source>Checking…</source>
        <translation>Controllo in corso…</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="149"/>
        <source>Ready to send</source>
        <translation>Pronto per l&apos;invio</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="179"/>
        <source>{fix}. Your original file is not changed.</source>
        <translation>{fix}. Il tuo file originale non viene modificato.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="189"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="190"/>
        <source>Attach “{name}” again, as it was before the fix</source>
        <translation>Allega di nuovo «{name}», come prima della correzione</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="192"/>
        <source>Undo the fix of {name}</source>
        <translation>Annulla la correzione di {name}</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="197"/>
        <source>Remove</source>
        <translation>Togli</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="198"/>
        <source>Remove {name}</source>
        <translation>Togli {name}</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="199"/>
        <source>Take this file off the message (the file itself is not deleted)</source>
        <translation>Togli questo file dal messaggio (il file in sé non viene eliminato)</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="211"/>
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
        <location filename="../composer/ui/attachmentspanel.py" line="382"/>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="266"/>
        <source>&amp;Attach file…</source>
        <translation>All&amp;ega file…</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="283"/>
        <source>Attachment size used</source>
        <translation>Dimensione allegati usata</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="291"/>
        <source>Attachment budget</source>
        <translation>Spazio per gli allegati</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="82"/>
        <source>{n} bytes</source>
        <translation>{n} byte</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="77"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="80"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="452"/>
        <source>Hide the files</source>
        <translation>Nascondi i file</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="452"/>
        <source>Show the files</source>
        <translation>Mostra i file</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="491"/>
        <source>{size} of 10 MB</source>
        <translation>{size} di 10 MB</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="493"/>
        <source>{size}: over the 10 MB limit</source>
        <translation>{size}: oltre il limite di 10 MB</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="548"/>
        <source>Attach files</source>
        <translation>Allega file</translation>
    </message>
</context>
<context>
    <name>BusinessNameDialog</name>
    <message>
        <location filename="../composer/ui/businessname.py" line="30"/>
        <source>Welcome to Seller Composer</source>
        <translation>Benvenuto in Seller Composer</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="35"/>
        <source>What is your &amp;business name, as buyers see it on Amazon?
Your messages are signed with it. You can change it later in File › Settings.</source>
        <translation>Qual è il &amp;nome della tua attività, come lo vedono gli acquirenti su Amazon?
I tuoi messaggi vengono firmati con questo nome. Puoi cambiarlo in seguito in File › Impostazioni.</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="42"/>
        <source>Business name</source>
        <translation>Nome dell&apos;attività</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="43"/>
        <source>e.g. Oakfield Furniture</source>
        <translation>es. Arredamenti Quercia</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="49"/>
        <source>Why this name cannot be used</source>
        <translation>Perché questo nome non si può usare</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="52"/>
        <source>&amp;Later</source>
        <translation>Più &amp;tardi</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="53"/>
        <source>Leave the name empty for now; set it in File › Settings</source>
        <translation>Lascia il nome vuoto per ora; potrai impostarlo in File › Impostazioni</translation>
    </message>
    <message>
        <location filename="../composer/ui/app.py" line="179"/>
        <source>Your settings could not be saved: {error}</source>
        <translation>Non è stato possibile salvare le impostazioni: {error}</translation>
    </message>
</context>
<context>
    <name>BuyerMessagePane</name>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="116"/>
        <source>&amp;Quote selection</source>
        <translation>&amp;Cita la selezione</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="117"/>
        <source>Copy the words you selected in the buyer&apos;s message into your reply, as a quote. Nothing of their message is sent otherwise.</source>
        <translation>Copia nella tua risposta, come citazione, le parole selezionate nel messaggio dell&apos;acquirente. Nient&apos;altro del suo messaggio viene inviato.</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="123"/>
        <location filename="../composer/ui/buyerpane.py" line="266"/>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="125"/>
        <source>Hide or show the buyer&apos;s message</source>
        <translation>Nascondi o mostra il messaggio dell&apos;acquirente</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="133"/>
        <source>The buyer&apos;s message (read-only, not sent)</source>
        <translation>Il messaggio dell&apos;acquirente (sola lettura, non viene inviato)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="163"/>
        <source>✉ %1 wrote on %2</source>
        <translation>✉ %1 ha scritto il %2</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="169"/>
        <source>%1 (not sent with your reply)</source>
        <translation>%1 (non inviato con la tua risposta)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="171"/>
        <source>Order %1</source>
        <translation>Ordine %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="174"/>
        <source>(The e-mail had no words from the buyer.)</source>
        <translation>(L&apos;e-mail non conteneva testo dell&apos;acquirente.)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="230"/>
        <source>%1: click to see it larger</source>
        <translation>%1: fai clic per ingrandirla</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="231"/>
        <source>Buyer&apos;s file %1</source>
        <translation>File dell&apos;acquirente %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="239"/>
        <source>%1 (kept in your data folder; not a picture)</source>
        <translation>%1 (conservato nella tua cartella dati; non è un&apos;immagine)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="256"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="266"/>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
</context>
<context>
    <name>BuyerMessagesDialog</name>
    <message>
        <location filename="../composer/ui/inboxview.py" line="55"/>
        <source>Reply clock</source>
        <translation>Tempo per rispondere</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="56"/>
        <location filename="../composer/ui/inboxview.py" line="66"/>
        <source>Buyer</source>
        <translation>Acquirente</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="57"/>
        <location filename="../composer/ui/inboxview.py" line="63"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="58"/>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="59"/>
        <location filename="../composer/ui/inboxview.py" line="61"/>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="60"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="62"/>
        <source>Notice</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="64"/>
        <source>Until</source>
        <translation>Fino al</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="65"/>
        <source>What it did</source>
        <translation>Effetto</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="68"/>
        <source>copied for Seller Central</source>
        <translation>copiata per Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="70"/>
        <source>copied formatted</source>
        <translation>copiata con formattazione</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="71"/>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="72"/>
        <source>Answered</source>
        <translation>Risposto</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="73"/>
        <source>No response needed</source>
        <translation>Nessuna risposta necessaria</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="77"/>
        <source>The buyer opted out of messages</source>
        <translation>L&apos;acquirente si è disiscritto dai messaggi</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="78"/>
        <source>Amazon did not deliver a message (guidelines)</source>
        <translation>Amazon non ha consegnato un messaggio (linee guida)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="80"/>
        <source>Proactive messages restricted</source>
        <translation>Messaggi di tua iniziativa limitati</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="83"/>
        <source>Product details inquiry</source>
        <translation>Domanda sul prodotto</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="84"/>
        <source>Order delivery inquiry</source>
        <translation>Domanda sulla consegna</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="85"/>
        <source>Shipping inquiry</source>
        <translation>Domanda sulla spedizione</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="86"/>
        <source>Return request</source>
        <translation>Richiesta di reso</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="87"/>
        <source>Customisation inquiry</source>
        <translation>Domanda sulla personalizzazione</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="88"/>
        <source>Cancellation request</source>
        <translation>Richiesta di annullamento</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="89"/>
        <source>Other question</source>
        <translation>Altra domanda</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="91"/>
        <source>“No response needed” here is your own note. Mark the message in Seller Central too (Buyer Messages › No response needed), or Amazon counts it as unanswered.</source>
        <translation>«Nessuna risposta necessaria» qui è solo una tua nota. Segna il messaggio anche in Seller Central (Messaggi degli acquirenti › Nessuna risposta necessaria), altrimenti Amazon lo conta come senza risposta.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="95"/>
        <source>No buyer messages yet. Drop Amazon&apos;s e-mails (.eml, .msg or an mbox file) on the window, or use Import E-mail Files.</source>
        <translation>Ancora nessun messaggio degli acquirenti. Trascina le e-mail di Amazon (.eml, .msg o un file mbox) sulla finestra, oppure usa «Importa file e-mail».</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="162"/>
        <location filename="../composer/ui/inboxview.py" line="185"/>
        <source>Buyer messages</source>
        <translation>Messaggi degli acquirenti</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="174"/>
        <source>&amp;It was lifted: clear it</source>
        <translation>&amp;È stata revocata: rimuovi l&apos;avviso</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="204"/>
        <source>&amp;Reply</source>
        <translation>&amp;Rispondi</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="205"/>
        <source>Open a reply to this message (Enter)</source>
        <translation>Apri una risposta a questo messaggio (Invio)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="207"/>
        <location filename="../composer/ui/inboxview.py" line="355"/>
        <source>&amp;No response needed</source>
        <translation>&amp;Nessuna risposta necessaria</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="208"/>
        <source>Mark it as needing no answer (for example a buyer&apos;s thank-you); press again to undo</source>
        <translation>Segnalo come «Nessuna risposta necessaria» (per esempio un ringraziamento dell&apos;acquirente); premi di nuovo per annullare</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="211"/>
        <source>&amp;Import e-mail files…</source>
        <translation>&amp;Importa file e-mail…</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="213"/>
        <location filename="../composer/ui/inboxview.py" line="319"/>
        <source>&amp;Check mailbox</source>
        <translation>&amp;Controlla la casella</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="214"/>
        <source>Fetch new buyer messages from your mailbox (Settings › Receiving) (F5)</source>
        <translation>Scarica i nuovi messaggi degli acquirenti dalla tua casella (Impostazioni › Ricezione) (F5)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="242"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="222"/>
        <source>&amp;Messages</source>
        <translation>&amp;Messaggi</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="225"/>
        <source>Notices from Amazon</source>
        <translation>Avvisi di Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="228"/>
        <source>&amp;Open the message Amazon did not deliver</source>
        <translation>&amp;Apri il messaggio che Amazon non ha consegnato</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="230"/>
        <source>Open its draft and see what the checker says about it now: a refused message is the best test case you have</source>
        <translation>Apri la sua bozza e guarda cosa dice ora il controllo: un messaggio rifiutato è il miglior caso di prova che hai</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="239"/>
        <source>Notices from &amp;Amazon</source>
        <translation>A&amp;vvisi di Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="275"/>
        <source>Messages you start to this buyer are blocked</source>
        <translation>I messaggi di tua iniziativa a questo acquirente sono bloccati</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="276"/>
        <source>Marked in the sent log</source>
        <translation>Segnato nel registro invii</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="277"/>
        <source>No matching message in the sent log</source>
        <translation>Nessun messaggio corrispondente nel registro invii</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="278"/>
        <source>Proactive messages paused</source>
        <translation>Messaggi di tua iniziativa sospesi</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="280"/>
        <source>Cleared by you</source>
        <translation>Rimosso da te</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="311"/>
        <source>⛔ Amazon restricted your proactive messages until the end of %1. Messages you start cannot be exported or sent until then; replies to buyers still go.</source>
        <translation>⛔ Amazon ha limitato i messaggi di tua iniziativa fino al %1 compreso. Fino ad allora i messaggi che avvii non possono essere esportati né inviati; le risposte agli acquirenti partono comunque.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="318"/>
        <source>&amp;Cancel check</source>
        <translation>&amp;Annulla il controllo</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="353"/>
        <source>&amp;Needs a response after all</source>
        <translation>&amp;Serve comunque una risposta</translation>
    </message>
</context>
<context>
    <name>BuyerView</name>
    <message>
        <location filename="../composer/ui/buyerview.py" line="117"/>
        <source>What your buyer receives</source>
        <translation>Ciò che riceve l&apos;acquirente</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="121"/>
        <source>For&amp;matted</source>
        <translation>For&amp;mattato</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="122"/>
        <source>Plain te&amp;xt</source>
        <translation>Solo te&amp;sto</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="123"/>
        <source>The HTML message after cleaning</source>
        <translation>Il messaggio HTML dopo la pulizia</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="124"/>
        <source>The text to paste into Seller Central&apos;s plain-text form</source>
        <translation>Il testo da incollare nel modulo di testo di Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="141"/>
        <source>Subject the buyer sees</source>
        <translation>Oggetto che vede l&apos;acquirente</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="166"/>
        <source>What is allowed…</source>
        <translation>Cosa è consentito…</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="169"/>
        <source>Amazon does not publish its list of allowed formatting; Seller Composer uses its own careful list. See it in Settings.</source>
        <translation>Amazon non pubblica l&apos;elenco delle formattazioni consentite; Seller Composer usa un proprio elenco prudente. Lo trovi nelle Impostazioni.</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="176"/>
        <source>Not sent to the buyer</source>
        <translation>Non inviato all&apos;acquirente</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="230"/>
        <source>Nothing: the message is sent as you wrote it.</source>
        <translation>Niente: il messaggio parte così come l&apos;hai scritto.</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="241"/>
        <source>Subject: {subject}</source>
        <translation>Oggetto: {subject}</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="243"/>
        <source>Subject: (none yet: fill in Subject above)</source>
        <translation>Oggetto: (ancora nessuno: compila «Oggetto» qui sopra)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="246"/>
        <source>Left out of what is sent ({count})</source>
        <translation>Escluso dall&apos;invio ({count})</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="247"/>
        <source>Nothing left out of what is sent</source>
        <translation>Non viene escluso nulla dall&apos;invio</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="248"/>
        <source>Show or hide what is left out of the message the buyer gets</source>
        <translation>Mostra o nascondi ciò che viene escluso dal messaggio che riceve l&apos;acquirente</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../composer/ui/calendarpopup.py" line="29"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>ComposeController</name>
    <message>
        <location filename="../composer/ui/ignoring.py" line="35"/>
        <source>A blocking problem is ignored only through “This is not …” on its card.</source>
        <translation>Un problema che blocca l&apos;invio si ignora solo con «Non è…» sulla sua scheda.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="105"/>
        <source>Fixed in the subject: {fix}. Ctrl+Z there undoes it.</source>
        <translation>Corretto nell&apos;oggetto: {fix}. Ctrl+Z nell&apos;oggetto lo annulla.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="134"/>
        <source>The text changed since the check; checking again…</source>
        <translation>Il testo è cambiato dopo il controllo; nuovo controllo in corso…</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="151"/>
        <source>{label}: done. Read the highlighted sentence again and rewrite it if it needs it. Ctrl+Z undoes it.</source>
        <translation>{label}: fatto. Rileggi la frase evidenziata e riscrivila se serve. Ctrl+Z annulla.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="181"/>
        <source>Rewrite the highlighted words: Seller Composer can&apos;t tell which of them to remove without taking the rest of your message with them.</source>
        <translation>Riscriva le parole evidenziate: Seller Composer non può capire quali togliere senza portarsi via il resto del messaggio.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="205"/>
        <source>Put in “{words}”. Press Ctrl+Z to undo.</source>
        <translation>Inserito «{words}». Premi Ctrl+Z per annullare.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="211"/>
        <source>Fixed the format. Press Ctrl+Z to undo.</source>
        <translation>Formattazione corretta. Premi Ctrl+Z per annullare.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="214"/>
        <source>Fixed: {fix}. Press Ctrl+Z to undo.</source>
        <translation>Corretto: {fix}. Premi Ctrl+Z per annullare.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingtips.py" line="49"/>
        <source>{severity}: {title}</source>
        <translation>{severity}: {title}</translation>
    </message>
</context>
<context>
    <name>ComposerEdit</name>
    <message>
        <location filename="../composer/ui/editor.py" line="67"/>
        <source>Message text</source>
        <translation>Testo del messaggio</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="68"/>
        <source>Write the message to the buyer here.</source>
        <translation>Scrivi qui il messaggio per l&apos;acquirente.</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="69"/>
        <source>Write your message to the buyer here…</source>
        <translation>Scrivi qui il tuo messaggio per l&apos;acquirente…</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="291"/>
        <source>Nothing pasted: the clipboard holds a picture, no text. Attach pictures as files.</source>
        <translation>Non è stato incollato nulla: gli appunti contengono un’immagine, non testo. Allegate le immagini come file.</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="293"/>
        <source>Nothing pasted: the clipboard holds no text.</source>
        <translation>Non è stato incollato nulla: gli appunti non contengono testo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="339"/>
        <location filename="../composer/ui/editor.py" line="345"/>
        <source>Pasted as plain text.</source>
        <translation>Incollato come testo semplice.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../composer/ui/datefield.py" line="29"/>
        <source>Not set</source>
        <translation>Non impostata</translation>
    </message>
    <message>
        <location filename="../composer/ui/datefield.py" line="72"/>
        <source>Pick from a calendar</source>
        <translation>Scegli da un calendario</translation>
    </message>
    <message>
        <location filename="../composer/ui/datefield.py" line="73"/>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Scegli la data da un calendario (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <location filename="../composer/ui/draftactions.py" line="66"/>
        <source>Rename draft</source>
        <translation>Rinomina bozza</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="67"/>
        <source>Name in the drafts list (leave empty to use the subject):</source>
        <translation>Nome nell&apos;elenco delle bozze (lascia vuoto per usare l&apos;oggetto):</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="77"/>
        <source>“{title}” moved to the trash. Undo it in the drafts list.</source>
        <translation>«{title}» è stata spostata nel cestino. Puoi annullare dall&apos;elenco delle bozze.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="93"/>
        <source>Open a message file</source>
        <translation>Apri un file di messaggio</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="94"/>
        <source>Messages (*.html *.htm *.txt);;All files (*)</source>
        <translation>Messaggi (*.html *.htm *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="100"/>
        <source>The file could not be opened</source>
        <translation>Impossibile aprire il file</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="114"/>
        <source>Opened as a new draft (#{number}).</source>
        <translation>Aperto come nuova bozza (n. {number}).</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="136"/>
        <source>Started a new draft from “{template}”; the draft you wrote is kept in the list.</source>
        <translation>Nuova bozza iniziata da «{template}»; la bozza che avevi scritto resta nell&apos;elenco.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="177"/>
        <source>Fill in {names}: the findings panel shows where.</source>
        <translation>Compila {names}: i risultati del controllo indicano dove.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="181"/>
        <source>To is left empty (not the open reply&apos;s buyer): Ctrl+Z in To puts the address back.</source>
        <translation>«A» resta vuoto (non è l&apos;acquirente della risposta aperta): Ctrl+Z in «A» rimette l&apos;indirizzo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="191"/>
        <source>Save as template</source>
        <translation>Salva come modello</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="192"/>
        <source>Template name:</source>
        <translation>Nome del modello:</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="201"/>
        <source>Saved as your template “{name}”.</source>
        <translation>Salvato come tuo modello «{name}».</translation>
    </message>
</context>
<context>
    <name>DraftNote</name>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="295"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="296"/>
        <source>Hide this note</source>
        <translation>Nascondi questa nota</translation>
    </message>
</context>
<context>
    <name>DraftSession</name>
    <message>
        <location filename="../composer/ui/draftsession.py" line="73"/>
        <source>Your draft could not be saved ({error}). Seller Composer will try again; copy your text somewhere safe if this keeps happening.</source>
        <translation>Impossibile salvare la bozza ({error}). Seller Composer riproverà; copia il testo in un posto sicuro se succede di nuovo.</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="47"/>
        <source>Ready to send</source>
        <translation>Pronto per l&apos;invio</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="48"/>
        <source>Warnings to review</source>
        <translation>Avvisi da controllare</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="49"/>
        <source>Blocked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="50"/>
        <source>Not checked yet</source>
        <translation>Non ancora controllato</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="204"/>
        <location filename="../composer/ui/draftspanel.py" line="211"/>
        <source>Drafts</source>
        <translation>Bozze</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="214"/>
        <source>New draft (Ctrl+N)</source>
        <translation>Nuova bozza (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="216"/>
        <source>New from a template (Ctrl+Shift+N)</source>
        <translation>Nuova da un modello (Ctrl+Maiusc+N)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="219"/>
        <source>Duplicate the selected draft</source>
        <translation>Duplica la bozza selezionata</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="223"/>
        <source>Move the selected draft to the trash (Delete)</source>
        <translation>Sposta la bozza selezionata nel cestino (Canc)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="232"/>
        <source>Search drafts…</source>
        <translation>Cerca bozze…</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="234"/>
        <source>Search drafts</source>
        <translation>Cerca nelle bozze</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="239"/>
        <source>Draft list</source>
        <translation>Elenco delle bozze</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="255"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="263"/>
        <source>Sho&amp;w trash</source>
        <translation>Vedi ce&amp;stino</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="264"/>
        <source>Deleted drafts stay in the trash for 30 days. Select one and choose Restore.</source>
        <translation>Le bozze eliminate restano nel cestino per 30 giorni. Selezionane una e scegli «Ripristina».</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="267"/>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="329"/>
        <source>Answered</source>
        <translation>Risposto</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="352"/>
        <source>The trash is empty.</source>
        <translation>Il cestino è vuoto.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="353"/>
        <source>No drafts match.</source>
        <translation>Nessuna bozza corrisponde.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="354"/>
        <source>No drafts yet.</source>
        <translation>Ancora nessuna bozza.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="377"/>
        <source>just now</source>
        <translation>proprio ora</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/draftspanel.py" line="379"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min fa</numerusform>
            <numerusform>%n min fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/draftspanel.py" line="381"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h fa</numerusform>
            <numerusform>%n h fa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="383"/>
        <source>yesterday</source>
        <translation>ieri</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="392"/>
        <source>“{title}” moved to the trash.</source>
        <translation>«{title}» è stata spostata nel cestino.</translation>
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
        <location filename="../composer/ui/exportbar.py" line="107"/>
        <source>Sent log</source>
        <translation>Registro invii</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="109"/>
        <source>Everything you copied, saved or sent, and the Outbox</source>
        <translation>Tutto ciò che hai copiato, salvato o inviato, e la posta in uscita</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="118"/>
        <source>Messages waiting to be sent: send them now or delete them</source>
        <translation>Messaggi in attesa di invio: inviali ora o eliminali</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="205"/>
        <source>{tip}. Not available: {reason}</source>
        <translation>{tip}. Non disponibile: {reason}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="213"/>
        <source>Note: {reason}</source>
        <translation>Nota: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/exportbar.py" line="226"/>
        <source>Outbox: %n</source>
        <translation>
            <numerusform>In uscita: %n</numerusform>
            <numerusform>In uscita: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../composer/ui/exportflow.py" line="48"/>
        <location filename="../composer/ui/exportflow.py" line="49"/>
        <source>Copy anyway</source>
        <translation>Copia comunque</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="50"/>
        <source>Open anyway</source>
        <translation>Apri comunque</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="51"/>
        <source>Save anyway</source>
        <translation>Salva comunque</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="52"/>
        <source>Send anyway</source>
        <translation>Invia comunque</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="54"/>
        <source>Copied. In Seller Central, open the order, choose Contact Buyer and paste (Ctrl+V).</source>
        <translation>Copiato. In Seller Central apri l&apos;ordine, scegli «Contatta l&apos;acquirente» e incolla (Ctrl+V).</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="57"/>
        <source>Copied with its formatting. Paste it into an email to the buyer&apos;s Amazon address.</source>
        <translation>Copiato con la formattazione. Incollalo in un&apos;e-mail all&apos;indirizzo Amazon dell&apos;acquirente.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="60"/>
        <source>Opened in your email app as a draft. Check it there and send it.</source>
        <translation>Aperto come bozza nella tua app di posta. Controllalo lì e invialo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="62"/>
        <source>Saved. Open the file with your email app to send it.</source>
        <translation>Salvato. Apri il file con la tua app di posta per inviarlo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="78"/>
        <source>The clipboard holds only the text: add {files} yourself in Seller Central (Contact Buyer › Add attachment).</source>
        <translation>Negli appunti c&apos;è solo il testo: aggiungi tu {files} in Seller Central («Contatta l&apos;acquirente» › «Aggiungi allegato»).</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="81"/>
        <source>The clipboard holds only the text: attach {files} yourself in your email app.</source>
        <translation>Negli appunti c&apos;è solo il testo: allega tu {files} nella tua app di posta.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="94"/>
        <source>You chose to ignore: {title}. Amazon may still block it.</source>
        <translation>Hai scelto di ignorare: {title}. Amazon può comunque bloccare il messaggio.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="144"/>
        <source>⚠ By e-mail this goes out from {sender}, but Amazon wrote to {delivered} (Settings › Sending). Copy for Seller Central is not affected.</source>
        <translation>⚠ Via e-mail il messaggio parte da {sender}, ma Amazon ha scritto a {delivered} (Impostazioni › Invio). «Copia per Seller Central» non è interessato.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="149"/>
        <source>⚠ Open in email app, Save as .eml and Send: {title}</source>
        <translation>⚠ Apri nell&apos;app di posta, Salva come .eml e Invia: {title}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="164"/>
        <source>Copied the text. In Seller Central, paste it and attach “{name}” yourself.</source>
        <translation>Testo copiato. In Seller Central incollatelo e allegate voi stessi «{name}».</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="167"/>
        <source>Copied the text. In Seller Central, paste it and attach the %n files yourself.</source>
        <translation>Testo copiato. In Seller Central incollatelo e allegate voi stessi i %n file.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="171"/>
        <source>Copied with its formatting. Paste it into an email and attach “{name}” yourself.</source>
        <translation>Copiato con la formattazione. Incollatelo in un’e-mail e allegate voi stessi «{name}».</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="175"/>
        <source>Copied with its formatting. Paste it into an email and attach the %n files yourself.</source>
        <translation>Copiato con la formattazione. Incollatelo in un’e-mail e allegate voi stessi i %n file.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="254"/>
        <source>The sent log could not be tidied: {error}</source>
        <translation>Impossibile riordinare il registro invii: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="275"/>
        <source>Checking the message once more before it leaves…</source>
        <translation>Ultimo controllo del messaggio prima che parta…</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="282"/>
        <source>Nothing was exported</source>
        <translation>Non è stato esportato nulla</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="283"/>
        <source>The message could not be prepared: {error}</source>
        <translation>Impossibile preparare il messaggio: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="290"/>
        <location filename="../composer/ui/exportflow.py" line="295"/>
        <source>Not exported</source>
        <translation>Non esportato</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="294"/>
        <source> (Settings › Sending)</source>
        <translation> (Impostazioni › Invio)</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="301"/>
        <source>Daily limit reached</source>
        <translation>Limite giornaliero raggiunto</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="324"/>
        <source>Today&apos;s message count could not be read: {error}</source>
        <translation>Impossibile leggere il numero di messaggi di oggi: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="344"/>
        <source>Check first</source>
        <translation>Controlla prima</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="340"/>
        <source>Only the text is copied:</source>
        <translation>Viene copiato solo il testo:</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="342"/>
        <source>Copy the text</source>
        <translation>Copia il testo</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="343"/>
        <source>Go back and edit</source>
        <translation>Torna a modificare</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="353"/>
        <source>Send to the buyer</source>
        <translation>Invia all’acquirente</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="355"/>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="355"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="356"/>
        <source>Fill in the subject</source>
        <translation>Compila l&apos;oggetto</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="410"/>
        <location filename="../composer/ui/exportflow.py" line="421"/>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="411"/>
        <source>The file was not saved: {problem}.</source>
        <translation>Il file non è stato salvato: {problem}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="422"/>
        <source>The file could not be written: {error}</source>
        <translation>Impossibile scrivere il file: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="428"/>
        <source>No email app opened it</source>
        <translation>Nessuna app di posta l&apos;ha aperto</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="429"/>
        <source>The message is saved as
{path}

Open that file from your email app, or use “Copy formatted” and paste it into a new email.</source>
        <translation>Il messaggio è salvato come
{path}

Apri quel file dalla tua app di posta, oppure usa «Copia formattato» e incollalo in una nuova e-mail.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="442"/>
        <source>Save as an email file</source>
        <translation>Salva come file e-mail</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="443"/>
        <source>Email files (*.eml)</source>
        <translation>File e-mail (*.eml)</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="454"/>
        <source>Exported</source>
        <translation>Esportato</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="455"/>
        <source>{how}, but the sent log could not be updated: {error}</source>
        <translation>{how}, ma non è stato possibile aggiornare il registro invii: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/confirmbox.py" line="43"/>
        <source>Send to {alias} now?</source>
        <translation>Inviare ora a {alias}?</translation>
    </message>
    <message>
        <location filename="../composer/ui/confirmbox.py" line="46"/>
        <source>(no subject)</source>
        <translation>(senza oggetto)</translation>
    </message>
    <message>
        <location filename="../composer/ui/confirmbox.py" line="47"/>
        <source>Order {order}: {subject}</source>
        <translation>Ordine {order}: {subject}</translation>
    </message>
    <message>
        <location filename="../composer/ui/confirmbox.py" line="68"/>
        <source>Show the files</source>
        <translation>Mostra i file</translation>
    </message>
</context>
<context>
    <name>FileUndo</name>
    <message>
        <location filename="../composer/ui/fileundo.py" line="95"/>
        <source>Removed “{name}”.</source>
        <translation>«{name}» rimosso.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fileundo.py" line="146"/>
        <source>Put back “{name}”.</source>
        <translation>«{name}» è di nuovo allegato.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fileundo.py" line="150"/>
        <source>Removed “{name}” again.</source>
        <translation>«{name}» rimosso di nuovo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fileundo.py" line="152"/>
        <source>Attached the fixed copy “{name}” again.</source>
        <translation>La copia corretta «{name}» è di nuovo allegata.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../composer/ui/findbar.py" line="23"/>
        <source>&amp;Find:</source>
        <translation>T&amp;rova:</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="25"/>
        <source>Words in the message</source>
        <translation>Parole nel messaggio</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="27"/>
        <source>Find in the message</source>
        <translation>Trova nel messaggio</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="30"/>
        <source>&amp;Previous</source>
        <translation>&amp;Precedente</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="31"/>
        <source>&amp;Next</source>
        <translation>&amp;Successivo</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="32"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="33"/>
        <source>Close the find bar (Esc)</source>
        <translation>Chiudi la barra di ricerca (Esc)</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="77"/>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/findbar.py" line="78"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n risultato</numerusform>
            <numerusform>%n risultati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../composer/ui/findingcard.py" line="30"/>
        <source>Blocks sending</source>
        <translation>Blocca l&apos;invio</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="31"/>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="32"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="100"/>
        <location filename="../composer/ui/findingcard.py" line="194"/>
        <source>Fix</source>
        <translation>Correggi</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="101"/>
        <location filename="../composer/ui/findingcard.py" line="195"/>
        <source>Fix: {label}</source>
        <translation>Correggi: {label}</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="102"/>
        <source>Apply this fix. Ctrl+Z undoes it.</source>
        <translation>Applica questa correzione. Ctrl+Z la annulla.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="118"/>
        <source>Ignore here</source>
        <translation>Ignora qui</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="121"/>
        <source>Hide this one occurrence. The rule still checks the rest of the message.</source>
        <translation>Nascondi solo questa occorrenza. La regola continua a controllare il resto del messaggio.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="127"/>
        <source>Tell Seller Composer these words are not what it found. You are asked to confirm, with what is at risk.</source>
        <translation>Indica a Seller Composer che queste parole non sono ciò che ha trovato. Ti viene chiesto di confermare, con il rischio che comporta.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="158"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="159"/>
        <source>This is not {nouns}…</source>
        <translation>Non è {nouns}…</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="169"/>
        <source>[picture]</source>
        <translation>[immagine]</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="179"/>
        <source>Source: {sources}</source>
        <translation>Fonte: {sources}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="74"/>
        <source>Policy findings</source>
        <translation>Risultati del controllo</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="81"/>
        <location filename="../composer/ui/findingspanel.py" line="87"/>
        <location filename="../composer/ui/findingspanel.py" line="136"/>
        <source>Checking…</source>
        <translation>Controllo in corso…</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="83"/>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="107"/>
        <source>Show them again</source>
        <translation>Mostrali di nuovo</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="288"/>
        <source>…and {count} more. Fix the ones above first; the list updates as you go.</source>
        <translation>…e altri {count}. Correggi prima quelli in alto; l&apos;elenco si aggiorna man mano.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="344"/>
        <source>✓ Fixed. Ctrl+Z undoes it.</source>
        <translation>✓ Corretto. Ctrl+Z lo annulla.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="345"/>
        <source>Ignored here.</source>
        <translation>Ignorato qui.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="345"/>
        <source>✓ No longer found.</source>
        <translation>✓ Non più rilevato.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/findingspanel.py" line="370"/>
        <source>%n finding(s) ignored here.</source>
        <translation>
            <numerusform>%n risultato ignorato qui.</numerusform>
            <numerusform>%n risultati ignorati qui.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/cardparts.py" line="274"/>
        <source>No problems found</source>
        <translation>Nessun problema trovato</translation>
    </message>
    <message>
        <location filename="../composer/ui/cardparts.py" line="278"/>
        <source>Nothing in this message breaks Amazon&apos;s messaging rules that Seller Composer knows of. Read it once more as your buyer would, then send it.</source>
        <translation>Nulla in questo messaggio viola le regole di messaggistica di Amazon note a Seller Composer. Rileggilo come farebbe l&apos;acquirente, poi invialo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="375"/>
        <source>Rules dated {date}. Seller Composer&apos;s own summary of Amazon&apos;s guidelines; Amazon does not publish its scanner&apos;s rules.</source>
        <translation>Regole del {date}. Riepilogo di Seller Composer delle linee guida di Amazon; Amazon non pubblica le regole del suo filtro.</translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <location filename="../composer/ui/formatbar.py" line="29"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="30"/>
        <source>Undo the last change</source>
        <translation>Annulla l&apos;ultima modifica</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="31"/>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="32"/>
        <source>Redo what was undone</source>
        <translation>Ripeti ciò che è stato annullato</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="33"/>
        <source>Bold</source>
        <translation>Grassetto</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="34"/>
        <source>Bold: for a word or two that must stand out</source>
        <translation>Grassetto: per una o due parole che devono risaltare</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="36"/>
        <location filename="../composer/ui/formatbar.py" line="38"/>
        <source>Italic</source>
        <translation>Corsivo</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="39"/>
        <location filename="../composer/ui/formatbar.py" line="40"/>
        <source>Underline</source>
        <translation>Sottolineato</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="42"/>
        <location filename="../composer/ui/formatbar.py" line="43"/>
        <source>Bulleted list</source>
        <translation>Elenco puntato</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="44"/>
        <source>Numbered list</source>
        <translation>Elenco numerato</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="45"/>
        <source>Numbered list: good for steps</source>
        <translation>Elenco numerato: utile per i passaggi</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="47"/>
        <location filename="../composer/ui/formatbar.py" line="49"/>
        <source>Heading {level}</source>
        <translation>Titolo {level}</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="48"/>
        <source>Heading 1 (largest)</source>
        <translation>Titolo 1 (il più grande)</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="52"/>
        <source>Normal text</source>
        <translation>Testo normale</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="53"/>
        <source>Make the paragraph normal text again</source>
        <translation>Riporta il paragrafo a testo normale</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="124"/>
        <location filename="../composer/ui/formatbar.py" line="126"/>
        <source>Formatting</source>
        <translation>Formattazione</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../composer/ui/headerform.py" line="58"/>
        <source>buyer alias, e.g. abc123xyz@marketplace.amazon.com</source>
        <translation>alias dell&apos;acquirente, ad es. abc123xyz@marketplace.amazon.it</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="60"/>
        <source>e.g. 113-4567890-1234567</source>
        <translation>ad es. 113-4567890-1234567</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="67"/>
        <source>e.g. Brass desk lamp (fills {product})</source>
        <translation>ad es. Lampada da scrivania in ottone (compila {product})</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="81"/>
        <source>&amp;Just now</source>
        <translation>Appena rice&amp;vuto</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="82"/>
        <source>The buyer&apos;s message arrived a moment ago</source>
        <translation>Il messaggio dell&apos;acquirente è appena arrivato</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="87"/>
        <source>Time left to reply</source>
        <translation>Tempo rimasto per rispondere</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="88"/>
        <source>Amazon counts a reply as late after 24 hours, weekends and holidays included.</source>
        <translation>Amazon considera in ritardo una risposta dopo 24 ore, weekend e festivi inclusi.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="125"/>
        <source>A short, clear subject, e.g. Delivery date for your order</source>
        <translation>Un oggetto breve e chiaro, ad es. Data di consegna del tuo ordine</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="135"/>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="136"/>
        <source>The buyer&apos;s Amazon alias address, from the order page in Seller Central</source>
        <translation>L&apos;indirizzo alias Amazon dell&apos;acquirente, dalla pagina dell&apos;ordine in Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="138"/>
        <source>&amp;Order ID:</source>
        <translation>&amp;N. ordine:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="139"/>
        <source>The 17-digit Amazon order ID (3-7-7 digits)</source>
        <translation>Il numero d&apos;ordine Amazon di 17 cifre (3-7-7)</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="141"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="142"/>
        <source>What the message is for. Amazon allows only certain reasons to write.</source>
        <translation>A cosa serve il messaggio. Amazon consente solo certi motivi.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="143"/>
        <source>Order &amp;date:</source>
        <translation>&amp;Data ordine:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="144"/>
        <source>The date the order was placed</source>
        <translation>La data dell&apos;ordine</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="146"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="147"/>
        <source>The subject line the buyer sees</source>
        <translation>La riga dell&apos;oggetto che vede l&apos;acquirente</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="148"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="149"/>
        <source>The buyer&apos;s preferred language. Amazon requires messages in it.</source>
        <translation>La lingua preferita dell&apos;acquirente. Amazon richiede i messaggi in questa lingua.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="151"/>
        <source>&amp;Product:</source>
        <translation>&amp;Prodotto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="152"/>
        <source>The product&apos;s name: it fills {product} in templates and is never marked as a spelling mistake</source>
        <translation>Il nome del prodotto: compila {product} nei modelli e non viene mai segnato come errore di ortografia</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="154"/>
        <source>Deli&amp;vered:</source>
        <translation>Conse&amp;gnato:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="155"/>
        <source>The date the order was delivered: review requests may be sent from 5 to 30 days after it</source>
        <translation>La data di consegna dell&apos;ordine: le richieste di recensione sono possibili da 5 a 30 giorni dopo</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="159"/>
        <source>&amp;Buyer wrote at:</source>
        <translation>L&apos;ac&amp;quirente ha scritto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="160"/>
        <source>When the buyer&apos;s message arrived (your computer&apos;s time). Amazon counts a reply as late after 24 hours.</source>
        <translation>Quando è arrivato il messaggio dell&apos;acquirente (ora del tuo computer). Amazon considera in ritardo una risposta dopo 24 ore.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="162"/>
        <source>Buyer&apos;s message received at</source>
        <translation>Messaggio dell&apos;acquirente ricevuto il</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="276"/>
        <source>{problem} Until then the date counts as not set.</source>
        <translation>{problem} Fino ad allora la data risulta non impostata.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="384"/>
        <source>Enter when the buyer wrote to see the time left to reply.</source>
        <translation>Indica quando ha scritto l&apos;acquirente per vedere il tempo rimasto per rispondere.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="411"/>
        <source>{clock} · was due {when}</source>
        <translation>{clock} · scadeva {when}</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="413"/>
        <source>{clock} · due {when}</source>
        <translation>{clock} · scade {when}</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="433"/>
        <source>Answered {when}</source>
        <translation>Risposto il {when}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="23"/>
        <source>&amp;Quick guide</source>
        <translation>&amp;Guida rapida</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="24"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="25"/>
        <source>&amp;Policy rules</source>
        <translation>&amp;Regole</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="26"/>
        <source>Blocks sending</source>
        <translation>Bloccano l&apos;invio</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="27"/>
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="28"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="37"/>
        <source>Policy rules</source>
        <translation>Regole</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="38"/>
        <source>Rules dated %1. Amazon does not publish its scanner&apos;s rules; this is Seller Composer&apos;s own summary of Amazon&apos;s guidelines, and where sources disagree it takes the stricter reading.</source>
        <translation>Regole del %1. Amazon non pubblica le regole del suo filtro; questo è il riepilogo di Seller Composer delle linee guida di Amazon e, dove le fonti non concordano, segue la lettura più severa.</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="70"/>
        <source>Help</source>
        <translation>Guida</translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="45"/>
        <source>E-mail files (*.eml *.msg *.mbox *.mbx);;All files (*)</source>
        <translation>File e-mail (*.eml *.msg *.mbox *.mbx);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="109"/>
        <source>Buyer messages waiting for your reply (Ctrl+Shift+M)</source>
        <translation>Messaggi degli acquirenti in attesa della tua risposta (Ctrl+Maiusc+M)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="130"/>
        <source>&amp;Messages</source>
        <translation>&amp;Messaggi</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="133"/>
        <source>&amp;Buyer Messages…</source>
        <translation>Messaggi degli &amp;acquirenti…</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="134"/>
        <source>Buyer messages waiting for a reply, answered ones, and Amazon&apos;s notices</source>
        <translation>Messaggi degli acquirenti in attesa di risposta, quelli a cui hai già risposto e gli avvisi di Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="137"/>
        <source>&amp;Import E-mail Files…</source>
        <translation>&amp;Importa file e-mail…</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="138"/>
        <source>Import Amazon&apos;s e-mails (.eml, Outlook .msg, an mbox folder file)</source>
        <translation>Importa le e-mail di Amazon (.eml, .msg di Outlook, un file di cartella mbox)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="141"/>
        <source>&amp;Check Mailbox</source>
        <translation>&amp;Controlla la casella</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="142"/>
        <source>Fetch new buyer messages from your mailbox (Settings › Receiving)</source>
        <translation>Scarica i nuovi messaggi degli acquirenti dalla tua casella (Impostazioni › Ricezione)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="145"/>
        <source>I Used Amazon&apos;s &amp;Request a Review for This Order</source>
        <translation>Ho usato «&amp;Richiedi una recensione» di Amazon per questo ordine</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="147"/>
        <source>Amazon allows one review request per order, its own button included</source>
        <translation>Amazon consente una sola richiesta di recensione per ordine, incluso il proprio pulsante</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="161"/>
        <source>What Changed in Amazon&apos;s &amp;Rules</source>
        <translation>&amp;Cosa è cambiato nelle regole di Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="162"/>
        <source>The 2025–2026 changes to Amazon&apos;s messaging rules</source>
        <translation>Le modifiche 2025–2026 alle regole di messaggistica di Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="176"/>
        <source>It was &amp;lifted: clear it</source>
        <translation>&amp;È stata revocata: rimuovi l&apos;avviso</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="195"/>
        <source>Buyer messages could not be read: %1</source>
        <translation>Impossibile leggere i messaggi degli acquirenti: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/inboxflow.py" line="198"/>
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln in attesa</numerusform>
            <numerusform>%Ln in attesa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="199"/>
        <source>Buyer messages</source>
        <translation>Messaggi degli acquirenti</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="218"/>
        <source>⛔ Amazon restricted your proactive messages until the end of %1. Messages you start cannot be exported or sent until then; replies to buyers still go.</source>
        <translation>⛔ Amazon ha limitato i messaggi di tua iniziativa fino al %1 compreso. Fino ad allora i messaggi che avvii non possono essere esportati né inviati; le risposte agli acquirenti partono comunque.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="225"/>
        <source>⛔ Messages you start are paused until %1; replies still go.</source>
        <translation>⛔ Messaggi propri sospesi fino al %1; le risposte partono.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="249"/>
        <source>Amazon did not deliver this message: its notice of %1 says it did not meet the communication guidelines. Look at what the checker says now, and change it before you send anything like it again.</source>
        <translation>Amazon non ha consegnato questo messaggio: il suo avviso del %1 dice che non rispettava le linee guida sulla comunicazione. Guarda cosa dice ora il controllo e modificalo prima di inviare di nuovo qualcosa di simile.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="272"/>
        <source>Import Amazon&apos;s e-mails</source>
        <translation>Importa le e-mail di Amazon</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/inboxflow.py" line="282"/>
        <source>Reading %Ln e-mail file(s)…</source>
        <translation>
            <numerusform>Lettura di %Ln file e-mail…</numerusform>
            <numerusform>Lettura di %Ln file e-mail…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="287"/>
        <location filename="../composer/ui/inboxflow.py" line="296"/>
        <source>Nothing was imported</source>
        <translation>Non è stato importato nulla</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="297"/>
        <source>The e-mails could not be stored: %1</source>
        <translation>Impossibile salvare le e-mail: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="307"/>
        <source>Some e-mails were left out</source>
        <translation>Alcune e-mail sono state escluse</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="367"/>
        <source>The buyer&apos;s e-mail is dated later than this computer&apos;s clock, so “Buyer wrote at” shows the time now.</source>
        <translation>L&apos;e-mail dell&apos;acquirente ha una data successiva all&apos;orologio di questo computer, quindi «L&apos;acquirente ha scritto» mostra l&apos;ora attuale.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="378"/>
        <source>Marked “No response needed”. Mark it in Seller Central too, or Amazon counts it as unanswered.</source>
        <translation>Segnato come «Nessuna risposta necessaria». Segnalo anche in Seller Central, altrimenti Amazon lo conta come senza risposta.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="396"/>
        <source>No draft to open</source>
        <translation>Nessuna bozza da aprire</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="397"/>
        <source>This message was not written in Seller Composer (or its draft was deleted for good), so only its subject and fingerprint are in the sent log.</source>
        <translation>Questo messaggio non è stato scritto in Seller Composer (o la sua bozza è stata eliminata definitivamente), quindi nel registro invii ci sono solo l&apos;oggetto e l&apos;impronta.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="414"/>
        <source>Which order?</source>
        <translation>Quale ordine?</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="415"/>
        <source>Fill in the order ID in the header first; the record is kept for that order.</source>
        <translation>Inserisci prima il numero ordine nell&apos;intestazione; la registrazione viene salvata per quell&apos;ordine.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="419"/>
        <source>Request a Review</source>
        <translation>Richiedi una recensione</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="420"/>
        <source>Record that you used Amazon&apos;s Request a Review button for order %1? Amazon allows one review request per order, so Seller Composer will then block a review or feedback request in a message for it.</source>
        <translation>Registrare che hai usato il pulsante «Richiedi una recensione» di Amazon per l&apos;ordine %1? Amazon consente una sola richiesta di recensione per ordine, quindi Seller Composer bloccherà poi ogni richiesta di recensione o di feedback in un messaggio per quell&apos;ordine.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="429"/>
        <source>Recorded Request a Review for %1.</source>
        <translation>«Richiedi una recensione» registrato per %1.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="431"/>
        <source>This order already had a request on %1.</source>
        <translation>Questo ordine aveva già una richiesta il %1.</translation>
    </message>
</context>
<context>
    <name>InboxWords</name>
    <message>
        <location filename="../composer/ui/inboxview.py" line="125"/>
        <source>Late by %1</source>
        <translation>In ritardo di %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="126"/>
        <source>%1 left to reply</source>
        <translation>Mancano %1 per rispondere</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="131"/>
        <source>Answered (%1, %2)</source>
        <translation>Risposto (%1, %2)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="132"/>
        <source>Answered %1</source>
        <translation>Risposto il %1</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="25"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="28"/>
        <location filename="../composer/ui/languagechoice.py" line="66"/>
        <source>Language of the app</source>
        <translation>Lingua dell&apos;app</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="29"/>
        <source>The language of menus, messages and checks in Seller Composer. The buyer&apos;s language is chosen in each message.</source>
        <translation>La lingua di menu, avvisi e controlli di Seller Composer. La lingua dell&apos;acquirente si sceglie in ogni messaggio.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="37"/>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Lingua dell&apos;app:</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="39"/>
        <source>Takes effect the next time Seller Composer starts. It does not change the language you write to buyers in.</source>
        <translation>Vale dal prossimo avvio di Seller Composer. Non cambia la lingua in cui scrivi agli acquirenti.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="67"/>
        <source>Seller Composer will use %1 after a restart.</source>
        <translation>Seller Composer userà %1 dopo un riavvio.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="69"/>
        <source>Your open draft has been saved. Restart now, and it opens again with the cursor where it was; or later, the next time you start Seller Composer.</source>
        <translation>La bozza aperta è stata salvata. Riavvii ora e si riaprirà con il cursore dov&apos;era; oppure più tardi, al prossimo avvio di Seller Composer.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="72"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Riavvia ora</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="74"/>
        <source>&amp;Later</source>
        <translation>Più &amp;tardi</translation>
    </message>
</context>
<context>
    <name>LocalWords</name>
    <message>
        <location filename="../composer/ui/localwords.py" line="23"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../composer/ui/localwords.py" line="60"/>
        <source>this computer&apos;s time zone</source>
        <translation>il fuso orario di questo computer</translation>
    </message>
    <message>
        <location filename="../composer/ui/localwords.py" line="82"/>
        <source>Times in %1 (File › Settings › General)</source>
        <translation>Orari in %1 (File › Impostazioni › Generale)</translation>
    </message>
</context>
<context>
    <name>MailboxCheck</name>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="54"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="55"/>
        <source>Stop checking the mailbox; what was read is kept</source>
        <translation>Interrompi il controllo della casella; ciò che è stato letto viene conservato</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="56"/>
        <source>Cancel the mailbox check</source>
        <translation>Annulla il controllo della casella</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="83"/>
        <source>Check mailbox</source>
        <translation>Controlla la casella</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="84"/>
        <source>Password for %1 on %2:</source>
        <translation>Password di %1 su %2:</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="94"/>
        <source>Checking your mailbox (%1)…</source>
        <translation>Controllo della tua casella (%1)…</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="104"/>
        <source>Stopping the mailbox check…</source>
        <translation>Interruzione del controllo della casella…</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/mailboxcheck.py" line="126"/>
        <source>Checking your mailbox… %Ln new so far</source>
        <translation>
            <numerusform>Controllo della tua casella… finora %Ln nuovo</numerusform>
            <numerusform>Controllo della tua casella… finora %Ln nuovi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="133"/>
        <source>The new e-mails could not be stored: %1</source>
        <translation>Impossibile salvare le nuove e-mail: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="150"/>
        <source>The mailbox could not be checked (%1); you can keep working.</source>
        <translation>Impossibile controllare la casella (%1); puoi continuare a lavorare.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="50"/>
        <source>The message exactly as the buyer will receive it (Ctrl+Shift+B)</source>
        <translation>Il messaggio esattamente come lo riceverà l&apos;acquirente (Ctrl+Maiusc+B)</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="98"/>
        <source>Write</source>
        <translation>Scrivi</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="99"/>
        <source>Write and format the message</source>
        <translation>Scrivi e formatta il messaggio</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="100"/>
        <location filename="../composer/ui/mainwindow.py" line="198"/>
        <source>Buyer&apos;s view</source>
        <translation>Vista dell&apos;acquirente</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="475"/>
        <source>Your draft could not be saved</source>
        <translation>Non è stato possibile salvare la bozza</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="476"/>
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
        <translation>Salva come m&amp;odello…</translation>
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
        <translation>Seleziona t&amp;utto</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="77"/>
        <source>Fo&amp;rmat</source>
        <translation>Fo&amp;rmato</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="84"/>
        <source>V&amp;iew</source>
        <translation>Visuali&amp;zza</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="94"/>
        <source>Se&amp;nd</source>
        <translation>&amp;Invia</translation>
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
        <location filename="../composer/ui/windowmenus.py" line="96"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;uto</translation>
    </message>
</context>
<context>
    <name>NotADialog</name>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="33"/>
        <source>Send these words as they are?</source>
        <translation>Inviare queste parole così come sono?</translation>
    </message>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="36"/>
        <source>Seller Composer reads these words as a problem that blocks sending:</source>
        <translation>Seller Composer vede in queste parole un problema che blocca l&apos;invio:</translation>
    </message>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="39"/>
        <source>Seller Composer reads these words as a problem that blocks sending.</source>
        <translation>Seller Composer vede in queste parole un problema che blocca l&apos;invio.</translation>
    </message>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="53"/>
        <source>This is not {noun}</source>
        <translation>Non è {noun}</translation>
    </message>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="64"/>
        <source>Ignore here</source>
        <translation>Ignora qui</translation>
    </message>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="66"/>
        <source>Keep checking it</source>
        <translation>Continua a controllarlo</translation>
    </message>
</context>
<context>
    <name>OrderFigures</name>
    <message>
        <location filename="../composer/ui/orderimport.py" line="59"/>
        <source> (%1, rounded down so the limit is never too high)</source>
        <translation> (%1, arrotondato per difetto perché il limite non sia mai troppo alto)</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/orderimport.py" line="61"/>
        <source>&lt;b&gt;%1 orders a day&lt;/b&gt;%2: %Ln order(s) from %3 to %4 (%5 days, today left out because it is not over).</source>
        <translation>
            <numerusform>&lt;b&gt;%1 ordini al giorno&lt;/b&gt;%2: %Ln ordine dal %3 al %4 (%5 giorni, escluso oggi perché non è ancora finito).</numerusform>
            <numerusform>&lt;b&gt;%1 ordini al giorno&lt;/b&gt;%2: %Ln ordini dal %3 al %4 (%5 giorni, escluso oggi perché non è ancora finito).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="67"/>
        <source>Your daily message limit would be (%1 × 5) + 600 = &lt;b&gt;%2&lt;/b&gt; messages.</source>
        <translation>Il tuo limite giornaliero di messaggi sarebbe (%1 × 5) + 600 = &lt;b&gt;%2&lt;/b&gt; messaggi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/orderimport.py" line="72"/>
        <source>The report has %Ln line(s) with orders from %1 to %2; an order with several items is counted once.</source>
        <translation>
            <numerusform>Il report ha %Ln riga con ordini dal %1 al %2; un ordine con più articoli conta una volta.</numerusform>
            <numerusform>Il report ha %Ln righe con ordini dal %1 al %2; un ordine con più articoli conta una volta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/orderimport.py" line="76"/>
        <source>The report has %Ln line(s); an order with several items is counted once.</source>
        <translation>
            <numerusform>Il report ha %Ln riga; un ordine con più articoli conta una volta.</numerusform>
            <numerusform>Il report ha %Ln righe; un ordine con più articoli conta una volta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/orderimport.py" line="79"/>
        <source>%Ln cancelled order(s) left out.</source>
        <translation>
            <numerusform>%Ln ordine annullato escluso.</numerusform>
            <numerusform>%Ln ordini annullati esclusi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImportDialog</name>
    <message>
        <location filename="../composer/ui/orderimport.py" line="99"/>
        <source>Import your order report</source>
        <translation>Importa il report degli ordini</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="108"/>
        <source>In Seller Central, open &lt;b&gt;Reports › Fulfilment › All Orders&lt;/b&gt;, download the report for at least the last 30 days as a text file, and choose it here. Seller Composer counts your orders; nothing is sent anywhere.</source>
        <translation>In Seller Central apri &lt;b&gt;Report › Logistica › Tutti gli ordini&lt;/b&gt;, scarica il report di almeno gli ultimi 30 giorni come file di testo e sceglilo qui. Seller Composer conta i tuoi ordini; non viene inviato nulla.</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="116"/>
        <source>No report chosen</source>
        <translation>Nessun report scelto</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="117"/>
        <source>Order report file</source>
        <translation>File del report degli ordini</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="118"/>
        <source>&amp;Choose report…</source>
        <translation>&amp;Scegli il report…</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="123"/>
        <source>Average over:</source>
        <translation>Media su:</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="124"/>
        <source>the last &amp;7 days</source>
        <translation>gli ultimi &amp;7 giorni</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="125"/>
        <source>the last &amp;30 days</source>
        <translation>gli ultimi &amp;30 giorni</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="136"/>
        <source>Figures used</source>
        <translation>Dati usati</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="140"/>
        <source>&amp;Use this average</source>
        <translation>&amp;Usa questa media</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="156"/>
        <source>Choose the All Orders report</source>
        <translation>Scegli il report «Tutti gli ordini»</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="157"/>
        <source>Amazon order reports (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>Report ordini Amazon (*.txt *.tsv *.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="167"/>
        <source>Reading the report…</source>
        <translation>Lettura del report…</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="182"/>
        <source>The report could not be read: %1</source>
        <translation>Impossibile leggere il report: %1</translation>
    </message>
</context>
<context>
    <name>PasteReport</name>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="47"/>
        <source>colours</source>
        <translation>colori</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="48"/>
        <source>fonts</source>
        <translation>caratteri</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="49"/>
        <source>text sizes</source>
        <translation>dimensioni del testo</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="50"/>
        <source>alignment</source>
        <translation>allineamento</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="51"/>
        <source>highlighting</source>
        <translation>evidenziazioni</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="52"/>
        <source>images</source>
        <translation>immagini</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="53"/>
        <source>links</source>
        <translation>link</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="54"/>
        <source>tables</source>
        <translation>tabelle</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="68"/>
        <source>Pasted without {items}: Amazon does not allow them in messages.</source>
        <translation>Incollato senza {items}: Amazon non li consente nei messaggi.</translation>
    </message>
</context>
<context>
    <name>PlaceholderFill</name>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="142"/>
        <source>Changed “{old}” to “{new}” in the message (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>«{old}» sostituito con «{new}» nel messaggio (%n punto). Ctrl+Z nel messaggio annulla.</numerusform>
            <numerusform>«{old}» sostituito con «{new}» nel messaggio (%n punti). Ctrl+Z nel messaggio annulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="145"/>
        <source>Changed “{old}” to “{new}” in the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>«{old}» sostituito con «{new}» nell&apos;oggetto (%n punto). Ctrl+Z nel messaggio annulla.</numerusform>
            <numerusform>«{old}» sostituito con «{new}» nell&apos;oggetto (%n punti). Ctrl+Z nel messaggio annulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="147"/>
        <source>Changed “{old}” to “{new}” in the message and the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>«{old}» sostituito con «{new}» nel messaggio e nell&apos;oggetto (%n punto). Ctrl+Z nel messaggio annulla.</numerusform>
            <numerusform>«{old}» sostituito con «{new}» nel messaggio e nell&apos;oggetto (%n punti). Ctrl+Z nel messaggio annulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="154"/>
        <source>Put the order ID into the message (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Inserito il numero ordine nel messaggio (%n punto). Ctrl+Z nel messaggio annulla.</numerusform>
            <numerusform>Inserito il numero ordine nel messaggio (%n punti). Ctrl+Z nel messaggio annulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="157"/>
        <source>Put the order ID into the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Inserito il numero ordine nell&apos;oggetto (%n punto). Ctrl+Z nel messaggio annulla.</numerusform>
            <numerusform>Inserito il numero ordine nell&apos;oggetto (%n punti). Ctrl+Z nel messaggio annulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="159"/>
        <source>Put the order ID into the message and the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Inserito il numero ordine nel messaggio e nell&apos;oggetto (%n punto). Ctrl+Z nel messaggio annulla.</numerusform>
            <numerusform>Inserito il numero ordine nel messaggio e nell&apos;oggetto (%n punti). Ctrl+Z nel messaggio annulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="163"/>
        <source>Put the product&apos;s name into the message (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Inserito il nome del prodotto nel messaggio (%n punto). Ctrl+Z nel messaggio annulla.</numerusform>
            <numerusform>Inserito il nome del prodotto nel messaggio (%n punti). Ctrl+Z nel messaggio annulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="166"/>
        <source>Put the product&apos;s name into the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Inserito il nome del prodotto nell&apos;oggetto (%n punto). Ctrl+Z nel messaggio annulla.</numerusform>
            <numerusform>Inserito il nome del prodotto nell&apos;oggetto (%n punti). Ctrl+Z nel messaggio annulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="168"/>
        <source>Put the product&apos;s name into the message and the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Inserito il nome del prodotto nel messaggio e nell&apos;oggetto (%n punto). Ctrl+Z nel messaggio annulla.</numerusform>
            <numerusform>Inserito il nome del prodotto nel messaggio e nell&apos;oggetto (%n punti). Ctrl+Z nel messaggio annulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="172"/>
        <source>Put the delivery date into the message (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Inserita la data di consegna nel messaggio (%n punto). Ctrl+Z nel messaggio annulla.</numerusform>
            <numerusform>Inserita la data di consegna nel messaggio (%n punti). Ctrl+Z nel messaggio annulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="175"/>
        <source>Put the delivery date into the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Inserita la data di consegna nell&apos;oggetto (%n punto). Ctrl+Z nel messaggio annulla.</numerusform>
            <numerusform>Inserita la data di consegna nell&apos;oggetto (%n punti). Ctrl+Z nel messaggio annulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="177"/>
        <source>Put the delivery date into the message and the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Inserita la data di consegna nel messaggio e nell&apos;oggetto (%n punto). Ctrl+Z nel messaggio annulla.</numerusform>
            <numerusform>Inserita la data di consegna nel messaggio e nell&apos;oggetto (%n punti). Ctrl+Z nel messaggio annulla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewBrowser</name>
    <message>
        <location filename="../composer/ui/buyerview.py" line="61"/>
        <source>Buyer&apos;s view of the message</source>
        <translation>Il messaggio come lo vede l&apos;acquirente</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="91"/>
        <source>Picture (not loaded in the preview)</source>
        <translation>Immagine (non caricata nell&apos;anteprima)</translation>
    </message>
</context>
<context>
    <name>QuotaMeter</name>
    <message>
        <location filename="../composer/ui/quotameter.py" line="24"/>
        <source> · nearly used up</source>
        <translation> · quasi esaurito</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="25"/>
        <source> · limit reached</source>
        <translation> · limite raggiunto</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="35"/>
        <source>Today {used} / {limit} messages</source>
        <translation>Oggi {used} / {limit} messaggi</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="46"/>
        <source>({orders} orders a day × {per_order}) + {base} = {limit} messages a day</source>
        <translation>({orders} ordini al giorno × {per_order}) + {base} = {limit} messaggi al giorno</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="50"/>
        <source>{orders} orders a day × {per_order} = {product}, rounded down to {whole}, + {base} = {limit} messages a day</source>
        <translation>{orders} ordini al giorno × {per_order} = {product}, arrotondato per difetto a {whole}, + {base} = {limit} messaggi al giorno</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="64"/>
        <source>your computer&apos;s time zone</source>
        <translation>fuso orario del tuo computer</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="66"/>
        <source>&lt;b&gt;Amazon&apos;s daily message limit&lt;/b&gt;: (average orders per day × {per_order}) + {base}.</source>
        <translation>&lt;b&gt;Limite giornaliero di messaggi di Amazon&lt;/b&gt;: (media degli ordini al giorno × {per_order}) + {base}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="68"/>
        <source>Yours: {formula}.</source>
        <translation>Il tuo: {formula}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="69"/>
        <source>Sent today (since midnight, {zone}): {used}; left: {left}.</source>
        <translation>Inviati oggi (da mezzanotte, {zone}): {used}; rimanenti: {left}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="74"/>
        <source>Your average orders per day is not set, so this is Amazon&apos;s base limit.</source>
        <translation>La media degli ordini al giorno non è impostata, quindi questo è il limite di base di Amazon.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="77"/>
        <source>Amazon does not deliver messages past the limit: sending is refused until tomorrow.</source>
        <translation>Amazon non recapita i messaggi oltre il limite: l&apos;invio è bloccato fino a domani.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="79"/>
        <source>Click to change your average orders per day or import your order report.</source>
        <translation>Fai clic per modificare la media degli ordini al giorno o importare il report degli ordini.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="94"/>
        <source>Messages sent today</source>
        <translation>Messaggi inviati oggi</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="114"/>
        <source>The sent log could not be read: {error}</source>
        <translation>Impossibile leggere il registro invii: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="133"/>
        <source>{meter}. {left} left today.</source>
        <translation>{meter}. Ne restano {left} oggi.</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <location filename="../composer/ui/translations.py" line="122"/>
        <source>“{text}”</source>
        <translation>«{text}»</translation>
    </message>
</context>
<context>
    <name>ReceivingSettingsPage</name>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="26"/>
        <source>SSL/TLS (usually port 993)</source>
        <translation>SSL/TLS (di solito porta 993)</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="28"/>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (di solito porta 143)</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="48"/>
        <source>Optional: let Messages › Check Mailbox fetch buyers&apos; messages from the mailbox of the address registered with your seller account. Only e-mails from Amazon are read; nothing is marked as read, moved or deleted.</source>
        <translation>Facoltativo: permetti a Messaggi › Controlla la casella di scaricare i messaggi degli acquirenti dalla casella dell&apos;indirizzo registrato nel tuo account venditore. Vengono lette solo le e-mail di Amazon; nulla viene segnato come letto, spostato o eliminato.</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="75"/>
        <source>Remember it in the system keychain</source>
        <translation>Memorizzala nel portachiavi di sistema</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="78"/>
        <source>Incoming mail &amp;server:</source>
        <translation>&amp;Server di posta in arrivo:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="79"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="80"/>
        <source>Securit&amp;y:</source>
        <translation>Sicure&amp;zza:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="81"/>
        <source>&amp;User name:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="82"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Cartella:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="83"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="102"/>
        <source>Leave empty to keep the saved one</source>
        <translation>Lasci vuoto per mantenere quella salvata</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="103"/>
        <source>Your mailbox&apos;s password (none saved yet)</source>
        <translation>Password della sua casella (nessuna ancora salvata)</translation>
    </message>
</context>
<context>
    <name>ReplyLink</name>
    <message>
        <location filename="../composer/ui/replylink.py" line="58"/>
        <source>Undo the link to the buyer&apos;s message</source>
        <translation>Annulla il collegamento al messaggio dell&apos;acquirente</translation>
    </message>
    <message>
        <location filename="../composer/ui/replylink.py" line="73"/>
        <source>Link to the buyer&apos;s message from %1</source>
        <translation>Collega al messaggio dell&apos;acquirente del %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/replylink.py" line="76"/>
        <source>Makes this draft the reply to that message, as Reply does: the e-mail answers it, and the message counts as answered once this one leaves.</source>
        <translation>Rende questa bozza la risposta a quel messaggio, come Rispondi: l&apos;e-mail risponde a quel messaggio, che conta come risposto appena questa parte.</translation>
    </message>
    <message>
        <location filename="../composer/ui/replylink.py" line="104"/>
        <source>Linked: this draft now answers the buyer&apos;s message. The same button undoes it.</source>
        <translation>Collegata: questa bozza ora risponde al messaggio dell&apos;acquirente. Lo stesso pulsante annulla il collegamento.</translation>
    </message>
    <message>
        <location filename="../composer/ui/replylink.py" line="121"/>
        <source>The draft is no longer linked to the buyer&apos;s message.</source>
        <translation>La bozza non è più collegata al messaggio dell&apos;acquirente.</translation>
    </message>
</context>
<context>
    <name>RulesChangesDialog</name>
    <message>
        <location filename="../composer/ui/ruleschanges.py" line="17"/>
        <location filename="../composer/ui/ruleschanges.py" line="32"/>
        <source>What changed in Amazon&apos;s rules</source>
        <translation>Cosa è cambiato nelle regole di Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/ruleschanges.py" line="20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../composer/ui/ruleschanges.py" line="22"/>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <location filename="../composer/ui/sendflow.py" line="34"/>
        <source>Saved in the Outbox; it will go out when the connection returns.</source>
        <translation>Salvato nella posta in uscita; partirà quando tornerà la connessione.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="98"/>
        <source>Add your From address (the email registered with Amazon) in Settings › Sending.</source>
        <translation>Inserisci il tuo indirizzo mittente (l&apos;e-mail registrata su Amazon) in Impostazioni › Invio.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="102"/>
        <source>Set up sending first</source>
        <translation>Configura prima l&apos;invio</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="122"/>
        <source>Email password</source>
        <translation>Password e-mail</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="123"/>
        <source>Password for {user} on {server}.</source>
        <translation>Password di {user} su {server}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="130"/>
        <source>Already sending</source>
        <translation>Invio già in corso</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="131"/>
        <source>Wait until the message being sent is done.</source>
        <translation>Attendi che finisca l&apos;invio del messaggio in corso.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="139"/>
        <location filename="../composer/ui/sendflow.py" line="152"/>
        <location filename="../composer/ui/sendflow.py" line="251"/>
        <source>Daily limit reached</source>
        <translation>Limite giornaliero raggiunto</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="183"/>
        <location filename="../composer/ui/sendflow.py" line="209"/>
        <source>Your message</source>
        <translation>Il tuo messaggio</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="184"/>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="185"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="186"/>
        <source>Sending to the buyer</source>
        <translation>Invio all&apos;acquirente</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="207"/>
        <source>({number} of {total})</source>
        <translation>({number} di {total})</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="242"/>
        <source>Sent to the buyer&apos;s Amazon address and added to the sent log.</source>
        <translation>Inviato all&apos;indirizzo Amazon dell&apos;acquirente e aggiunto al registro invii.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/sendflow.py" line="243"/>
        <source>%n message(s) sent and added to the sent log.</source>
        <translation>
            <numerusform>%n messaggio inviato e aggiunto al registro invii.</numerusform>
            <numerusform>%n messaggi inviati e aggiunti al registro invii.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="255"/>
        <source>A message in the Outbox could not be sent: {error}</source>
        <translation>Impossibile inviare un messaggio della posta in uscita: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="259"/>
        <source>Not sent: you cancelled. Your draft is unchanged.</source>
        <translation>Non inviato: hai annullato. La tua bozza non è cambiata.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="261"/>
        <source>Stopped. The rest waits in the Outbox.</source>
        <translation>Interrotto. Il resto attende nella posta in uscita.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="263"/>
        <source>Not sent yet</source>
        <translation>Non ancora inviato</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="266"/>
        <location filename="../composer/ui/sendflow.py" line="271"/>
        <source>The message was not sent</source>
        <translation>Il messaggio non è stato inviato</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="273"/>
        <source>It waits in the Outbox: fix this, then press “Send now” in the sent log, or delete it there.</source>
        <translation>Attende nella posta in uscita: risolvi il problema, poi premi «Invia ora» nel registro invii, oppure eliminalo da lì.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="277"/>
        <source>Today&apos;s message limit is reached. The message waits in the Outbox and goes out tomorrow, when the limit frees up.</source>
        <translation>Il limite di messaggi di oggi è raggiunto. Il messaggio attende nella posta in uscita e partirà domani, quando il limite si libera.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="293"/>
        <source>Send now</source>
        <translation>Invia ora</translation>
    </message>
</context>
<context>
    <name>SendingSettingsPage</name>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="41"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (di solito porta 587)</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="43"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (di solito porta 465)</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="45"/>
        <source>None (local relay only)</source>
        <translation>Nessuna (solo relay locale)</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="57"/>
        <source>Your password is kept in %1, which the system protects. Seller Composer never writes it to a file.</source>
        <translation>La tua password è conservata in %1, che il sistema protegge. Seller Composer non la scrive mai in un file.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="61"/>
        <source>The only keyring found on this computer keeps passwords in a file (%1), so Seller Composer does not use it: it asks for your password once each time it starts and keeps it only in memory, never in a file.</source>
        <translation>L&apos;unico portachiavi trovato su questo computer conserva le password in un file (%1), quindi Seller Composer non lo usa: ti chiede la password una volta a ogni avvio e la tiene solo in memoria, mai in un file.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="66"/>
        <source>This computer has no system keychain, so Seller Composer asks for your password once each time it starts and keeps it only in memory, never in a file.</source>
        <translation>Questo computer non ha un portachiavi di sistema, quindi Seller Composer ti chiede la password una volta a ogni avvio e la tiene solo in memoria, mai in un file.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="81"/>
        <source>Optional: send messages straight from Seller Composer through your own email account. You can always copy them into Seller Central instead.</source>
        <translation>Facoltativo: invia i messaggi direttamente da Seller Composer con il tuo account di posta. In alternativa puoi sempre copiarli in Seller Central.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="90"/>
        <source>Choose to fill in the server…</source>
        <translation>Scegli per compilare il server…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="93"/>
        <source>Email provider</source>
        <translation>Provider di posta</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="99"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="115"/>
        <source>⚠ Your password and messages travel unencrypted: only for a relay on this computer or your own network.</source>
        <translation>⚠ La password e i messaggi viaggiano senza crittografia: solo per un relay su questo computer o sulla tua rete.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="119"/>
        <source>Unencrypted connection</source>
        <translation>Connessione non crittografata</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="126"/>
        <source>Remember it in the system keychain</source>
        <translation>Memorizzala nel portachiavi di sistema</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="129"/>
        <source>Forget the password</source>
        <translation>Dimentica la password</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="141"/>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="142"/>
        <source>Mail server:</source>
        <translation>Server di posta:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="143"/>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="144"/>
        <source>Security:</source>
        <translation>Sicurezza:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="145"/>
        <source>User name:</source>
        <translation>Nome utente:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="146"/>
        <source>From address:</source>
        <translation>Indirizzo del mittente:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="154"/>
        <source>Use the email address registered with your Amazon seller account. Amazon relays only messages from that address and rejects any other sender.</source>
        <translation>Usa l&apos;indirizzo e-mail registrato nel tuo account venditore Amazon. Amazon inoltra solo i messaggi da quell&apos;indirizzo e rifiuta qualsiasi altro mittente.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="160"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="161"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="171"/>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;va la connessione</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="172"/>
        <source>Connect and sign in to the mail server, without sending anything</source>
        <translation>Connettiti e accedi al server di posta, senza inviare nulla</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="198"/>
        <source>Keep the sent log for:</source>
        <translation>Conserva il registro invii per:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="199"/>
        <source>Amazon keeps its message records for about two years; older entries are then removed.</source>
        <translation>Amazon conserva i registri dei messaggi per circa due anni; le voci più vecchie vengono poi rimosse.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="213"/>
        <source>Leave empty to keep the saved one</source>
        <translation>Lasci vuoto per mantenere quella salvata</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="214"/>
        <location filename="../composer/ui/sendingsettings.py" line="314"/>
        <source>Your mail account&apos;s password (none saved yet)</source>
        <translation>Password del suo account di posta (nessuna ancora salvata)</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="267"/>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="268"/>
        <source>Connecting to the server…</source>
        <translation>Connessione al server…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="289"/>
        <source>✔ Connected and signed in. Sending will work with these settings.</source>
        <translation>✔ Connesso e autenticato. L&apos;invio funzionerà con queste impostazioni.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="292"/>
        <source>✔ Connected (no sign-in). Sending will work with these settings.</source>
        <translation>✔ Connesso (senza autenticazione). L&apos;invio funzionerà con queste impostazioni.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="312"/>
        <source>Forgotten</source>
        <translation>Dimenticata</translation>
    </message>
</context>
<context>
    <name>SentLog</name>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="141"/>
        <source>Copied for Seller Central: a copy carries no address, so this is the buyer&apos;s address from its draft. Seller Central sends the message to the buyer of the order.</source>
        <translation>Copiato per Seller Central: una copia non ha indirizzo, quindi questo è l&apos;indirizzo dell&apos;acquirente preso dalla sua bozza. Seller Central invia il messaggio all&apos;acquirente dell&apos;ordine.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="145"/>
        <source>Copied for Seller Central: a copy carries no address. Seller Central sends the message to the buyer of the order.</source>
        <translation>Copiato per Seller Central: una copia non ha indirizzo. Seller Central invia il messaggio all&apos;acquirente dell&apos;ordine.</translation>
    </message>
</context>
<context>
    <name>SentLogDialog</name>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="48"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="49"/>
        <source>How</source>
        <translation>Come</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="50"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="51"/>
        <location filename="../composer/ui/sentlogview.py" line="56"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="52"/>
        <location filename="../composer/ui/sentlogview.py" line="57"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="53"/>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="54"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="55"/>
        <source>Queued</source>
        <translation>In coda dal</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="58"/>
        <source>Tries</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="59"/>
        <source>Last problem</source>
        <translation>Ultimo problema</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="60"/>
        <source>Next try</source>
        <translation>Prossimo tentativo</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="75"/>
        <source>When you press Send now</source>
        <translation>Quando premi «Invia ora»</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="111"/>
        <source>Sent log and Outbox</source>
        <translation>Registro invii e posta in uscita</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="123"/>
        <source>Every message you copied, saved or sent from Seller Composer, newest first. Kept for two years (see Settings › Sending).</source>
        <translation>Ogni messaggio che hai copiato, salvato o inviato da Seller Composer, dal più recente. Conservato per due anni (vedi Impostazioni › Invio).</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="128"/>
        <source>Sent log</source>
        <translation>Registro invii</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="133"/>
        <source>Double-click a message (or press Enter) to read it and use it as a new draft</source>
        <translation>Fai doppio clic su un messaggio (o premi Invio) per leggerlo e usarlo come nuova bozza</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="141"/>
        <source>Export &amp;CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="142"/>
        <source>Save the sent log as a spreadsheet file</source>
        <translation>Salva il registro invii come file di foglio di calcolo</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="146"/>
        <source>&amp;Sent log</source>
        <translation>&amp;Registro invii</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="153"/>
        <source>Outbox</source>
        <translation>Posta in uscita</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="160"/>
        <source>Send &amp;now</source>
        <translation>Invia &amp;ora</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="161"/>
        <source>Try to send every waiting message now</source>
        <translation>Prova a inviare ora tutti i messaggi in attesa</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="163"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="164"/>
        <source>Remove the selected message from the Outbox; it is not sent</source>
        <translation>Rimuovi il messaggio selezionato dalla posta in uscita; non viene inviato</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="170"/>
        <location filename="../composer/ui/sentlogview.py" line="227"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Posta in uscita</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="171"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/sentlogview.py" line="200"/>
        <source>%1, with %n ignored problem(s)</source>
        <translation>
            <numerusform>%1, con %n problema ignorato</numerusform>
            <numerusform>%1, con %n problemi ignorati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="202"/>
        <source>You chose to ignore: %1</source>
        <translation>Hai scelto di ignorare: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/sentlogview.py" line="205"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln messaggio</numerusform>
            <numerusform>%Ln messaggi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="212"/>
        <source>Not tried yet</source>
        <translation>Non ancora tentato</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="214"/>
        <source>As soon as possible</source>
        <translation>Appena possibile</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="223"/>
        <source>Nothing is waiting.</source>
        <translation>Niente in attesa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/sentlogview.py" line="224"/>
        <source>%Ln message(s) waiting to be sent. They go out by themselves when the connection returns, within your daily limit.</source>
        <translation>
            <numerusform>%Ln messaggio in attesa di invio. Partirà da solo quando torna la connessione, entro il tuo limite giornaliero.</numerusform>
            <numerusform>%Ln messaggi in attesa di invio. Partiranno da soli quando torna la connessione, entro il tuo limite giornaliero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="226"/>
        <source>&amp;Outbox (%1)</source>
        <translation>&amp;Posta in uscita (%1)</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="276"/>
        <source>Delete from the Outbox?</source>
        <translation>Eliminare dalla posta in uscita?</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="277"/>
        <source>“%1” will not be sent and is removed from the Outbox. Your draft is not affected.</source>
        <translation>«%1» non verrà inviato e sarà rimosso dalla posta in uscita. La tua bozza non cambia.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="279"/>
        <source>This message will not be sent and is removed from the Outbox. Your draft is not affected.</source>
        <translation>Questo messaggio non verrà inviato e sarà rimosso dalla posta in uscita. La tua bozza non cambia.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="294"/>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="295"/>
        <source>The file could not be written: %1</source>
        <translation>Impossibile scrivere il file: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="300"/>
        <source>Export the sent log</source>
        <translation>Esporta il registro invii</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="302"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>SentMessageDialog</name>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="49"/>
        <source>This is the message as it was sent.</source>
        <translation>Questo è il messaggio così come è stato inviato.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="52"/>
        <source>Its draft was changed after it was copied: this is how the draft reads now, not exactly what was copied.</source>
        <translation>La sua bozza è stata modificata dopo la copia: questa è la bozza com&apos;è ora, non esattamente ciò che è stato copiato.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="55"/>
        <source>Its draft was changed after it was opened in your email app: this is how the draft reads now, not exactly what your email app got.</source>
        <translation>La sua bozza è stata modificata dopo l&apos;apertura nella tua app di posta: questa è la bozza com&apos;è ora, non esattamente ciò che ha ricevuto la tua app di posta.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="58"/>
        <source>Its draft was changed after it was saved: this is how the draft reads now, not exactly what the file holds.</source>
        <translation>La sua bozza è stata modificata dopo il salvataggio: questa è la bozza com&apos;è ora, non esattamente ciò che contiene il file.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="61"/>
        <source>Its draft was changed after it was sent: this is how the draft reads now, not exactly what the buyer got.</source>
        <translation>La sua bozza è stata modificata dopo l&apos;invio: questa è la bozza com&apos;è ora, non esattamente ciò che ha ricevuto l&apos;acquirente.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="66"/>
        <source>Its files were changed after it was copied: the text is as copied, and the files listed above are the ones it had then.</source>
        <translation>I suoi file sono stati modificati dopo la copia: il testo è quello copiato, e i file elencati sopra sono quelli che aveva allora.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="69"/>
        <source>Its files were changed after it was opened in your email app: the text is as it was, and the files listed above are the ones it had then.</source>
        <translation>I suoi file sono stati modificati dopo l&apos;apertura nella tua app di posta: il testo è quello di allora, e i file elencati sopra sono quelli che aveva allora.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="72"/>
        <source>Its files were changed after it was saved: the text is as saved, and the files listed above are the ones saved with it.</source>
        <translation>I suoi file sono stati modificati dopo il salvataggio: il testo è quello salvato, e i file elencati sopra sono quelli salvati con esso.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="75"/>
        <source>Its files were changed after it was sent: the text is as sent, and the files listed above are the ones it was sent with.</source>
        <translation>I suoi file sono stati modificati dopo l&apos;invio: il testo è quello inviato, e i file elencati sopra sono quelli inviati con esso.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="80"/>
        <source>The message as copied</source>
        <translation>Il messaggio come è stato copiato</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="81"/>
        <source>The message as opened in your email app</source>
        <translation>Il messaggio come è stato aperto nella tua app di posta</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="82"/>
        <source>The message as saved</source>
        <translation>Il messaggio come è stato salvato</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="87"/>
        <source>To attach in Seller Central:</source>
        <translation>Da allegare in Seller Central:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="88"/>
        <source>To attach in your email app:</source>
        <translation>Da allegare nella tua app di posta:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="91"/>
        <source>The sent log keeps only the details of a message, not its text, and this message&apos;s draft no longer exists.</source>
        <translation>Il registro invii conserva solo i dettagli di un messaggio, non il testo, e la bozza di questo messaggio non esiste più.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="94"/>
        <source>Amazon&apos;s Request a Review button</source>
        <translation>Il pulsante «Richiedi una recensione» di Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="95"/>
        <source>You used Amazon&apos;s own Request a Review button for this order. It is recorded so that no second review request is sent; there is no message to show.</source>
        <translation>Hai usato il pulsante «Richiedi una recensione» di Amazon per questo ordine. È registrato perché non venga inviata una seconda richiesta di recensione; non c&apos;è nessun messaggio da mostrare.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="100"/>
        <source>Copied for Seller Central</source>
        <translation>Copiato per Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="101"/>
        <source>Copied formatted</source>
        <translation>Copiato con formattazione</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="102"/>
        <source>Opened in the email app</source>
        <translation>Aperto nell&apos;app di posta</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="103"/>
        <source>Saved as .eml</source>
        <translation>Salvato come .eml</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="104"/>
        <source>Sent by email</source>
        <translation>Inviato per e-mail</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="105"/>
        <source>Recorded: Amazon&apos;s Request a Review</source>
        <translation>Registrato: «Richiedi una recensione» di Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="195"/>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="195"/>
        <source>How:</source>
        <translation>Come:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="193"/>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="39"/>
        <source>Copied message</source>
        <translation>Messaggio copiato</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="40"/>
        <source>Message opened in your email app</source>
        <translation>Messaggio aperto nella tua app di posta</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="41"/>
        <source>Saved message</source>
        <translation>Messaggio salvato</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="42"/>
        <source>Sent message</source>
        <translation>Messaggio inviato</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="45"/>
        <source>This is the message as it was copied.</source>
        <translation>Questo è il messaggio così come è stato copiato.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="46"/>
        <source>This is the message as it was opened in your email app.</source>
        <translation>Questo è il messaggio così come è stato aperto nella tua app di posta.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="48"/>
        <source>This is the message as it was saved.</source>
        <translation>Questo è il messaggio così come è stato salvato.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="196"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="197"/>
        <source>Order:</source>
        <translation>Ordine:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="198"/>
        <source>Subject:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="90"/>
        <source>Files:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="200"/>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="83"/>
        <source>The message as sent</source>
        <translation>Il messaggio come è stato inviato</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="230"/>
        <source>&amp;Use as a new draft</source>
        <translation>&amp;Usa come nuova bozza</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="231"/>
        <source>Start a new draft with this message&apos;s header and text</source>
        <translation>Inizia una nuova bozza con l&apos;intestazione e il testo di questo messaggio</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="235"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="46"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="56"/>
        <source>&amp;General</source>
        <translation>&amp;Generale</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="59"/>
        <source>&amp;HTML whitelist</source>
        <translation>Elenco &amp;HTML consentito</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="70"/>
        <source>&amp;Sending</source>
        <translation>&amp;Invio</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="71"/>
        <source>&amp;Receiving</source>
        <translation>&amp;Ricezione</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="94"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="125"/>
        <source>Business name</source>
        <translation>Nome dell&apos;attività</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="126"/>
        <source>The name buyers see. Amazon blocks names with a web suffix such as .com, or names that could be mistaken for Amazon.</source>
        <translation>Il nome che vedono gli acquirenti. Amazon blocca i nomi con un suffisso web come .com o che potrebbero essere confusi con Amazon.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="128"/>
        <source>Average orders per day</source>
        <translation>Media di ordini al giorno</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="129"/>
        <source>Used for your daily message limit: (orders per day × 5) + 600.</source>
        <translation>Serve per il tuo limite giornaliero di messaggi: (ordini al giorno × 5) + 600.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="130"/>
        <source>Time zone for “today”</source>
        <translation>Fuso orario per «oggi»</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="131"/>
        <source>Your message count starts again at midnight in this time zone, for example Europe/London. Leave it empty to use this computer&apos;s time zone.</source>
        <translation>Il conteggio dei messaggi riparte a mezzanotte in questo fuso orario, per esempio Europe/Rome. Lascialo vuoto per usare il fuso orario di questo computer.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="139"/>
        <source>&amp;Import from Amazon&apos;s order report…</source>
        <translation>I&amp;mporta dal report ordini di Amazon…</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="140"/>
        <source>Work out your average orders per day from the All Orders report you download from Seller Central.</source>
        <translation>Calcola la media di ordini al giorno dal report «Tutti gli ordini» che scarichi da Seller Central.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="180"/>
        <source>Seller Composer&apos;s own conservative list.</source>
        <translation>L&apos;elenco prudente di Seller Composer.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="191"/>
        <source>In use: your own list, %1</source>
        <translation>In uso: il tuo elenco, %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="193"/>
        <source>In use: the list that comes with Seller Composer (version %1).</source>
        <translation>In uso: l&apos;elenco fornito con Seller Composer (versione %1).</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="196"/>
        <source>Tags kept: %1</source>
        <translation>Tag conservati: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="197"/>
        <source>Attributes kept:</source>
        <translation>Attributi conservati:</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="200"/>
        <source>Web addresses: only %1://</source>
        <translation>Indirizzi web: solo %1://</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="202"/>
        <source>Everything else is removed before sending; the words inside are kept.</source>
        <translation>Tutto il resto viene rimosso prima dell&apos;invio; le parole al suo interno restano.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="206"/>
        <source>Whitelist</source>
        <translation>Elenco consentito</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="210"/>
        <source>Make my own &amp;copy to edit</source>
        <translation>Crea una mia &amp;copia da modificare</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="211"/>
        <source>Copies the list into your data folder as whitelist.json. Edit it with a text editor; Seller Composer reads it next time.</source>
        <translation>Copia l&apos;elenco nella tua cartella dati come whitelist.json. Modificalo con un editor di testo; Seller Composer lo leggerà la prossima volta.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="217"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Apri la cartella dati</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="232"/>
        <source>The copy could not be made: %1</source>
        <translation>Impossibile creare la copia: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="236"/>
        <source>Copied to %1</source>
        <translation>Copiato in %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="275"/>
        <source>This computer&apos;s time zone (type a city to search)</source>
        <translation>Fuso orario di questo computer (scrivi una città per cercare)</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="276"/>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="305"/>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="30"/>
        <source>Looking for suggestions…</source>
        <translation>Ricerca di suggerimenti…</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="31"/>
        <source>No suggestions</source>
        <translation>Nessun suggerimento</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="64"/>
        <source>Add “{word}” to dictionary</source>
        <translation>Aggiungi «{word}» al dizionario</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="66"/>
        <source>Never flag this word again (kept in your data folder)</source>
        <translation>Non segnalare più questa parola (salvata nella tua cartella dati)</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="69"/>
        <source>Ignore here</source>
        <translation>Ignora qui</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="70"/>
        <source>Hide this one mistake; the word is still checked elsewhere</source>
        <translation>Nascondi solo questo errore; la parola resta controllata altrove</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="107"/>
        <source>Replace “{word}” with “{suggestion}”</source>
        <translation>Sostituisci «{word}» con «{suggestion}»</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="130"/>
        <source>Change to “{word}”</source>
        <translation>Cambia in «{word}»</translation>
    </message>
</context>
<context>
    <name>SpellingSupport</name>
    <message>
        <location filename="../composer/ui/spellingsupport.py" line="54"/>
        <source>“{word}” could not be added to your dictionary ({error}).</source>
        <translation>Non è stato possibile aggiungere «{word}» al tuo dizionario ({error}).</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellingsupport.py" line="58"/>
        <source>Added “{word}” to your dictionary.</source>
        <translation>«{word}» aggiunta al tuo dizionario.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../composer/ui/statusline.py" line="98"/>
        <source>Character count</source>
        <translation>Numero di caratteri</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="204"/>
        <source> (Amazon may cut long replies)</source>
        <translation> (Amazon può tagliare le risposte lunghe)</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="210"/>
        <source>Rules dated {date}</source>
        <translation>Regole del {date}</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="211"/>
        <source>The date of the policy rules this copy of Seller Composer checks against. They are summarised from Amazon&apos;s guidelines.</source>
        <translation>La data delle regole con cui controlla questa copia di Seller Composer. Riassumono le linee guida di Amazon.</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="40"/>
        <source>Your drafts are open read-only, so nothing can be changed or saved. Select text and copy it (Ctrl+C) to use it elsewhere.</source>
        <translation>Le tue bozze sono aperte in sola lettura, quindi non si può modificare né salvare nulla. Seleziona il testo e copialo (Ctrl+C) per usarlo altrove.</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="76"/>
        <source>Your drafts</source>
        <translation>Le tue bozze</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="92"/>
        <source>Where:</source>
        <translation>Posizione:</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="96"/>
        <source>Where</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="103"/>
        <source>Details: %1</source>
        <translation>Dettagli: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="124"/>
        <source>Open read-only</source>
        <translation>Apri in sola lettura</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="128"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="129"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="181"/>
        <source>Your drafts could not be opened: %1</source>
        <translation>Impossibile aprire le tue bozze: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="268"/>
        <source>Your drafts file was repaired</source>
        <translation>Il file delle bozze è stato riparato</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="271"/>
        <source>A new drafts file was started</source>
        <translation>È stato creato un nuovo file delle bozze</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="297"/>
        <source>There are no drafts in this file.</source>
        <translation>Questo file non contiene bozze.</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="334"/>
        <source>Read-only</source>
        <translation>Sola lettura</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="381"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; Your drafts are open for reading only because %1. You can read them and copy their text; nothing can be changed or saved until the problem is fixed and Seller Composer is started again.</source>
        <translation>&lt;b&gt;Sola lettura.&lt;/b&gt; Le tue bozze sono aperte solo in lettura (motivo: %1). Puoi leggerle e copiarne il testo; non si può modificare né salvare nulla finché il problema non è risolto e Seller Composer non viene riavviato.</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="387"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; Your drafts are open for reading only. You can read them and copy their text; nothing can be changed or saved until the problem is fixed and Seller Composer is started again.</source>
        <translation>&lt;b&gt;Sola lettura.&lt;/b&gt; Le tue bozze sono aperte solo in lettura. Puoi leggerle e copiarne il testo; non si può modificare né salvare nulla finché il problema non è risolto e Seller Composer non viene riavviato.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="186"/>
        <source>Edit template</source>
        <translation>Modifica modello</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="193"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="194"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="196"/>
        <source>Text (placeholders such as {order_id}, {product} and {seller_name} are filled in when the template is used):</source>
        <translation>Testo (i segnaposto come {order_id}, {product} e {seller_name} vengono compilati quando usi il modello):</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="201"/>
        <source>Template text</source>
        <translation>Testo del modello</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="40"/>
        <source>New from a template</source>
        <translation>Nuova da un modello</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="49"/>
        <source>Each built-in template is written to pass Amazon&apos;s rules. Parts in {braces} are filled from the header and Settings when known; fill in the rest before sending.</source>
        <translation>Ogni modello incluso è scritto per rispettare le regole di Amazon. Le parti tra {graffe} vengono compilate dall&apos;intestazione e dalle Impostazioni quando sono note; completa il resto prima dell&apos;invio.</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="57"/>
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="63"/>
        <source>Template preview</source>
        <translation>Anteprima del modello</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="69"/>
        <source>&amp;Use template</source>
        <translation>&amp;Usa modello</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="71"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="72"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="88"/>
        <source>Your templates</source>
        <translation>I tuoi modelli</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="100"/>
        <source>{language} — the buyer&apos;s language</source>
        <translation>{language} — lingua dell&apos;acquirente</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="125"/>
        <source>Choose a template on the left.</source>
        <translation>Scegli un modello a sinistra.</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="131"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="131"/>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="132"/>
        <source>Subject:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="165"/>
        <source>Delete template</source>
        <translation>Elimina modello</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="166"/>
        <source>Delete your template “{name}”? Drafts made from it are not affected.</source>
        <translation>Eliminare il tuo modello «{name}»? Le bozze create da esso non cambiano.</translation>
    </message>
</context>
<context>
    <name>TypeFiles</name>
    <message>
        <location filename="../composer/ui/typefiles.py" line="64"/>
        <source>“{type}” messages take no files. To attach one, choose a type that takes files, such as Invoice or Warranty information.</source>
        <translation>I messaggi «{type}» non accettano file. Per allegarne uno, scegli un tipo che li accetta, come «Fattura» o «Informazioni sulla garanzia».</translation>
    </message>
</context>
<context>
    <name>UndoNote</name>
    <message>
        <location filename="../composer/ui/statusline.py" line="72"/>
        <source>The file itself is not deleted. Ctrl+Z also brings it back.</source>
        <translation>Il file in sé non viene eliminato. Anche Ctrl+Z lo rimette.</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="74"/>
        <source>Undo</source>
        <translation>Annulla</translation>
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
        <location filename="../composer/ui/statusline.py" line="37"/>
        <source>%n characters (no limit for this type)</source>
        <translation>
            <numerusform>%n carattere (nessun limite per questo tipo)</numerusform>
            <numerusform>%n caratteri (nessun limite per questo tipo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/statusline.py" line="41"/>
        <source>%n characters: this type takes no message text</source>
        <translation>
            <numerusform>%n carattere: questo tipo non accetta testo</numerusform>
            <numerusform>%n caratteri: questo tipo non accetta testo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="43"/>
        <source>No message text for this type: Amazon sends its own</source>
        <translation>Nessun testo per questo tipo: Amazon invia il proprio</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="46"/>
        <source>{used} / {limit} characters: {over} too many</source>
        <translation>{used} / {limit} caratteri: {over} di troppo</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="49"/>
        <source>{used} / {limit} characters: nearly full</source>
        <translation>{used} / {limit} caratteri: quasi pieno</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="50"/>
        <source>{used} / {limit} characters</source>
        <translation>{used} / {limit} caratteri</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <location filename="../composer/ui/typefiles.py" line="29"/>
        <source>no files</source>
        <translation>nessun file</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/typefiles.py" line="31"/>
        <source>needs a file (up to %n)</source>
        <translation>
            <numerusform>richiede un file (fino a %n)</numerusform>
            <numerusform>richiede un file (fino a %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/typefiles.py" line="32"/>
        <source>up to %n file(s)</source>
        <translation>
            <numerusform>fino a %n file</numerusform>
            <numerusform>fino a %n file</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/typefiles.py" line="37"/>
        <source>Takes no files.</source>
        <translation>Non accetta file.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/typefiles.py" line="39"/>
        <source>Needs a file; takes up to %n.</source>
        <translation>
            <numerusform>Richiede un file; ne accetta fino a %n.</numerusform>
            <numerusform>Richiede un file; ne accetta fino a %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/typefiles.py" line="40"/>
        <source>Takes up to %n file(s).</source>
        <translation>
            <numerusform>Accetta fino a %n file.</numerusform>
            <numerusform>Accetta fino a %n file.</numerusform>
        </translation>
    </message>
</context>
</TS>
