<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../composer/ui/windowparts.py" line="237"/>
        <source>About Seller Composer</source>
        <translation>Über Seller Composer</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowparts.py" line="239"/>
        <source>Write messages to Amazon buyers that pass Amazon&apos;s Buyer-Seller Messaging checks.</source>
        <translation>Schreiben Sie Käufern auf Amazon Nachrichten, die Amazons Prüfung der Käufer-Verkäufer-Kommunikation bestehen.</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowparts.py" line="242"/>
        <source>Seller Composer is not made by or affiliated with Amazon. Its rules are a careful summary of Amazon&apos;s published guidelines; when in doubt it takes the stricter reading.</source>
        <translation>Seller Composer stammt nicht von Amazon und ist nicht mit Amazon verbunden. Seine Regeln fassen Amazons veröffentlichte Richtlinien sorgfältig zusammen; im Zweifel gilt die strengere Auslegung.</translation>
    </message>
</context>
<context>
    <name>AskWords</name>
    <message>
        <location filename="../composer/ui/askwords.py" line="20"/>
        <source>New expected delivery date (for example 18 December):</source>
        <translation>Neuer voraussichtlicher Liefertermin (zum Beispiel 18. Dezember):</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="16"/>
        <source>Buyer&apos;s name</source>
        <translation>Name des Käufers</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="17"/>
        <source>Buyer&apos;s name, as on the order (for example Jane Doe):</source>
        <translation>Name des Käufers, wie in der Bestellung (zum Beispiel Erika Muster):</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="19"/>
        <source>New delivery date</source>
        <translation>Neuer Liefertermin</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="22"/>
        <source>Delivery day</source>
        <translation>Liefertag</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="23"/>
        <source>Delivery day you propose (for example Tuesday 15 December):</source>
        <translation>Liefertag, den Sie vorschlagen (zum Beispiel Dienstag, 15. Dezember):</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="26"/>
        <source>Fill in</source>
        <translation>Ausfüllen</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="27"/>
        <source>Words to put in:</source>
        <translation>Einzusetzender Text:</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="86"/>
        <source>Not attached: {reason}</source>
        <translation>Nicht angehängt: {reason}</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="95"/>
        <source>“{file}” is already attached.</source>
        <translation>„{file}“ ist bereits angehängt.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="99"/>
        <source>A file called “{file}” is already attached. Rename one of them first.</source>
        <translation>Eine Datei namens „{file}“ ist bereits angehängt. Benennen Sie zuerst eine der beiden um.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="138"/>
        <source>Working on “{file}”…</source>
        <translation>„{file}“ wird bearbeitet…</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="150"/>
        <source>The file could not be changed</source>
        <translation>Die Datei konnte nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="157"/>
        <source>The file was removed before its copy was ready; the copy was not attached.</source>
        <translation>Die Datei wurde entfernt, bevor ihre Kopie fertig war; die Kopie wurde nicht angehängt.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="165"/>
        <source>Attached a fixed copy, “{name}”. Your original file is unchanged; Ctrl+Z puts it back.</source>
        <translation>Eine korrigierte Kopie ist angehängt: „{name}“. Ihre Originaldatei bleibt unverändert; Strg+Z setzt sie wieder ein.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="176"/>
        <source>Attached a fixed copy, “{file}”. Your original file is unchanged; Undo on its row puts it back.</source>
        <translation>Eine korrigierte Kopie, „{file}“, ist angehängt. Ihre Originaldatei bleibt unverändert; „Rückgängig“ in ihrer Zeile holt sie zurück.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="179"/>
        <source>Attached a fixed copy, “{file}”. Your original file is unchanged.</source>
        <translation>Eine korrigierte Kopie, „{file}“, ist angehängt. Ihre Originaldatei bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="218"/>
        <source>“{name}” is attached again, as before the fix.</source>
        <translation>„{name}“ ist wieder angehängt, wie vor der Korrektur.</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="63"/>
        <source>Make smaller</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="64"/>
        <source>Convert</source>
        <translation>Umwandeln</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="65"/>
        <source>Fix the name</source>
        <translation>Namen korrigieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="66"/>
        <source>Remove location</source>
        <translation>Ort entfernen</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="147"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="149"/>
        <source>Ready to send</source>
        <translation>Bereit zum Senden</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="179"/>
        <source>{fix}. Your original file is not changed.</source>
        <translation>{fix}. Ihre Originaldatei bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="189"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="190"/>
        <source>Attach “{name}” again, as it was before the fix</source>
        <translation>„{name}“ wieder anhängen, wie vor der Korrektur</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="192"/>
        <source>Undo the fix of {name}</source>
        <translation>Korrektur von {name} rückgängig machen</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="197"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="198"/>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="199"/>
        <source>Take this file off the message (the file itself is not deleted)</source>
        <translation>Diese Datei aus der Nachricht nehmen (die Datei selbst wird nicht gelöscht)</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="211"/>
        <source>Make smaller ({size} → about {estimate})</source>
        <translation>Verkleinern ({size} → etwa {estimate})</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="244"/>
        <source>Add a PDF, Word, text file or picture (Alt+A). You can also drop files here.</source>
        <translation>Eine PDF-, Word-, Textdatei oder ein Bild hinzufügen (Alt+I). Sie können Dateien auch hierher ziehen.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="246"/>
        <source>No files attached. Drop files here, or choose Attach file. Amazon takes PDF, Word, text and pictures, up to 10 MB in all.</source>
        <translation>Keine Dateien angehängt. Ziehen Sie Dateien hierher oder wählen Sie „Datei anhängen“. Amazon nimmt PDF, Word, Text und Bilder an, insgesamt bis 10 MB.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="255"/>
        <location filename="../composer/ui/attachmentspanel.py" line="264"/>
        <location filename="../composer/ui/attachmentspanel.py" line="382"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="266"/>
        <source>&amp;Attach file…</source>
        <translation>Date&amp;i anhängen…</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="283"/>
        <source>Attachment size used</source>
        <translation>Belegte Größe der Anhänge</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="291"/>
        <source>Attachment budget</source>
        <translation>Platz für Anhänge</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="82"/>
        <source>{n} bytes</source>
        <translation>{n} Byte</translation>
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
        <translation>Dateien ausblenden</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="452"/>
        <source>Show the files</source>
        <translation>Dateien anzeigen</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="491"/>
        <source>{size} of 10 MB</source>
        <translation>{size} von 10 MB</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="493"/>
        <source>{size}: over the 10 MB limit</source>
        <translation>{size}: über der Grenze von 10 MB</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="548"/>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
</context>
<context>
    <name>BusinessNameDialog</name>
    <message>
        <location filename="../composer/ui/businessname.py" line="30"/>
        <source>Welcome to Seller Composer</source>
        <translation>Willkommen bei Seller Composer</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="35"/>
        <source>What is your &amp;business name, as buyers see it on Amazon?
Your messages are signed with it. You can change it later in File › Settings.</source>
        <translation>Wie lautet Ihr &amp;Firmenname, so wie Käufer ihn bei Amazon sehen?
Ihre Nachrichten werden damit unterschrieben. Sie können ihn später unter Datei › Einstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="42"/>
        <source>Business name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="43"/>
        <source>e.g. Oakfield Furniture</source>
        <translation>z. B. Eichenhof Möbel</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="49"/>
        <source>Why this name cannot be used</source>
        <translation>Warum dieser Name nicht verwendet werden kann</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="52"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="53"/>
        <source>Leave the name empty for now; set it in File › Settings</source>
        <translation>Den Namen vorerst leer lassen; Sie können ihn unter Datei › Einstellungen festlegen</translation>
    </message>
    <message>
        <location filename="../composer/ui/app.py" line="179"/>
        <source>Your settings could not be saved: {error}</source>
        <translation>Ihre Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>BuyerMessagePane</name>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="116"/>
        <source>&amp;Quote selection</source>
        <translation>Auswahl &amp;zitieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="117"/>
        <source>Copy the words you selected in the buyer&apos;s message into your reply, as a quote. Nothing of their message is sent otherwise.</source>
        <translation>Die Wörter, die Sie in der Nachricht des Käufers markiert haben, als Zitat in Ihre Antwort übernehmen. Sonst wird nichts aus seiner Nachricht gesendet.</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="123"/>
        <location filename="../composer/ui/buyerpane.py" line="266"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="125"/>
        <source>Hide or show the buyer&apos;s message</source>
        <translation>Nachricht des Käufers aus- oder einblenden</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="133"/>
        <source>The buyer&apos;s message (read-only, not sent)</source>
        <translation>Die Nachricht des Käufers (schreibgeschützt, wird nicht gesendet)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="163"/>
        <source>✉ %1 wrote on %2</source>
        <translation>✉ %1 schrieb am %2</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="169"/>
        <source>%1 (not sent with your reply)</source>
        <translation>%1 (wird nicht mit Ihrer Antwort gesendet)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="171"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="174"/>
        <source>(The e-mail had no words from the buyer.)</source>
        <translation>(Die E-Mail enthielt keinen Text des Käufers.)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="230"/>
        <source>%1: click to see it larger</source>
        <translation>%1: zum Vergrößern klicken</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="231"/>
        <source>Buyer&apos;s file %1</source>
        <translation>Datei des Käufers %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="239"/>
        <source>%1 (kept in your data folder; not a picture)</source>
        <translation>%1 (in Ihrem Datenordner gespeichert; kein Bild)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="256"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="266"/>
        <source>Show</source>
        <translation>Einblenden</translation>
    </message>
</context>
<context>
    <name>BuyerMessagesDialog</name>
    <message>
        <location filename="../composer/ui/inboxview.py" line="55"/>
        <source>Reply clock</source>
        <translation>Antwortfrist</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="56"/>
        <location filename="../composer/ui/inboxview.py" line="66"/>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="57"/>
        <location filename="../composer/ui/inboxview.py" line="63"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="58"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="59"/>
        <location filename="../composer/ui/inboxview.py" line="61"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="60"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="62"/>
        <source>Notice</source>
        <translation>Mitteilung</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="64"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="65"/>
        <source>What it did</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="68"/>
        <source>copied for Seller Central</source>
        <translation>für Seller Central kopiert</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="70"/>
        <source>copied formatted</source>
        <translation>formatiert kopiert</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="71"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="72"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="73"/>
        <source>No response needed</source>
        <translation>Keine Antwort erforderlich</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="77"/>
        <source>The buyer opted out of messages</source>
        <translation>Der Käufer hat Nachrichten abbestellt</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="78"/>
        <source>Amazon did not deliver a message (guidelines)</source>
        <translation>Amazon hat eine Nachricht nicht zugestellt (Richtlinien)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="80"/>
        <source>Proactive messages restricted</source>
        <translation>Proaktive Nachrichten gesperrt</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="83"/>
        <source>Product details inquiry</source>
        <translation>Frage zu Produktdetails</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="84"/>
        <source>Order delivery inquiry</source>
        <translation>Frage zur Lieferung</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="85"/>
        <source>Shipping inquiry</source>
        <translation>Frage zum Versand</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="86"/>
        <source>Return request</source>
        <translation>Rücksendeanfrage</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="87"/>
        <source>Customisation inquiry</source>
        <translation>Frage zur Personalisierung</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="88"/>
        <source>Cancellation request</source>
        <translation>Stornierungsanfrage</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="89"/>
        <source>Other question</source>
        <translation>Sonstige Frage</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="91"/>
        <source>“No response needed” here is your own note. Mark the message in Seller Central too (Buyer Messages › No response needed), or Amazon counts it as unanswered.</source>
        <translation>„Keine Antwort erforderlich“ ist hier nur Ihre eigene Notiz. Markieren Sie die Nachricht auch in Seller Central (Käufernachrichten › Keine Antwort erforderlich), sonst zählt Amazon sie als unbeantwortet.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="95"/>
        <source>No buyer messages yet. Drop Amazon&apos;s e-mails (.eml, .msg or an mbox file) on the window, or use Import E-mail Files.</source>
        <translation>Noch keine Käufernachrichten. Ziehen Sie die E-Mails von Amazon (.eml, .msg oder eine mbox-Datei) auf das Fenster oder verwenden Sie „E-Mail-Dateien importieren“.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="162"/>
        <location filename="../composer/ui/inboxview.py" line="185"/>
        <source>Buyer messages</source>
        <translation>Käufernachrichten</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="174"/>
        <source>&amp;It was lifted: clear it</source>
        <translation>Aufgeh&amp;oben: Hinweis entfernen</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="204"/>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="205"/>
        <source>Open a reply to this message (Enter)</source>
        <translation>Eine Antwort auf diese Nachricht öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="207"/>
        <location filename="../composer/ui/inboxview.py" line="355"/>
        <source>&amp;No response needed</source>
        <translation>&amp;Keine Antwort erforderlich</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="208"/>
        <source>Mark it as needing no answer (for example a buyer&apos;s thank-you); press again to undo</source>
        <translation>Als „keine Antwort erforderlich“ markieren (zum Beispiel ein Dankeschön des Käufers); erneut drücken zum Rückgängigmachen</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="211"/>
        <source>&amp;Import e-mail files…</source>
        <translation>E-Mail-Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="213"/>
        <location filename="../composer/ui/inboxview.py" line="319"/>
        <source>&amp;Check mailbox</source>
        <translation>&amp;Postfach abrufen</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="214"/>
        <source>Fetch new buyer messages from your mailbox (Settings › Receiving) (F5)</source>
        <translation>Neue Käufernachrichten aus Ihrem Postfach abrufen (Einstellungen › Empfangen) (F5)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="242"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="222"/>
        <source>&amp;Messages</source>
        <translation>Na&amp;chrichten</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="225"/>
        <source>Notices from Amazon</source>
        <translation>Mitteilungen von Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="228"/>
        <source>&amp;Open the message Amazon did not deliver</source>
        <translation>Von Amazon nicht zugestellte Nachricht &amp;öffnen</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="230"/>
        <source>Open its draft and see what the checker says about it now: a refused message is the best test case you have</source>
        <translation>Den Entwurf öffnen und sehen, was die Prüfung jetzt dazu sagt: Eine abgelehnte Nachricht ist der beste Testfall, den Sie haben</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="239"/>
        <source>Notices from &amp;Amazon</source>
        <translation>Mitteilungen &amp;von Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="275"/>
        <source>Messages you start to this buyer are blocked</source>
        <translation>Nachrichten, die Sie an diesen Käufer beginnen, sind gesperrt</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="276"/>
        <source>Marked in the sent log</source>
        <translation>Im Versandprotokoll markiert</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="277"/>
        <source>No matching message in the sent log</source>
        <translation>Keine passende Nachricht im Versandprotokoll</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="278"/>
        <source>Proactive messages paused</source>
        <translation>Proaktive Nachrichten ausgesetzt</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="280"/>
        <source>Cleared by you</source>
        <translation>Von Ihnen entfernt</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="311"/>
        <source>⛔ Amazon restricted your proactive messages until the end of %1. Messages you start cannot be exported or sent until then; replies to buyers still go.</source>
        <translation>⛔ Amazon hat Ihre proaktiven Nachrichten bis einschließlich %1 gesperrt. Nachrichten, die Sie beginnen, können bis dahin weder exportiert noch gesendet werden; Antworten an Käufer gehen weiterhin.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="318"/>
        <source>&amp;Cancel check</source>
        <translation>Abr&amp;uf abbrechen</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="353"/>
        <source>&amp;Needs a response after all</source>
        <translation>&amp;Doch Antwort erforderlich</translation>
    </message>
</context>
<context>
    <name>BuyerView</name>
    <message>
        <location filename="../composer/ui/buyerview.py" line="117"/>
        <source>What your buyer receives</source>
        <translation>Was Ihr Käufer erhält</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="121"/>
        <source>For&amp;matted</source>
        <translation>For&amp;matiert</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="122"/>
        <source>Plain te&amp;xt</source>
        <translation>Nur Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="123"/>
        <source>The HTML message after cleaning</source>
        <translation>Die HTML-Nachricht nach der Bereinigung</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="124"/>
        <source>The text to paste into Seller Central&apos;s plain-text form</source>
        <translation>Der Text zum Einfügen in das Textformular von Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="141"/>
        <source>Subject the buyer sees</source>
        <translation>Betreff, den der Käufer sieht</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="166"/>
        <source>What is allowed…</source>
        <translation>Was erlaubt ist…</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="169"/>
        <source>Amazon does not publish its list of allowed formatting; Seller Composer uses its own careful list. See it in Settings.</source>
        <translation>Amazon veröffentlicht nicht, welche Formatierung erlaubt ist; Seller Composer nutzt eine eigene, vorsichtige Liste. Sie finden sie in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="176"/>
        <source>Not sent to the buyer</source>
        <translation>Nicht an den Käufer gesendet</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="230"/>
        <source>Nothing: the message is sent as you wrote it.</source>
        <translation>Nichts: Die Nachricht wird so gesendet, wie Sie sie geschrieben haben.</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="241"/>
        <source>Subject: {subject}</source>
        <translation>Betreff: {subject}</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="243"/>
        <source>Subject: (none yet: fill in Subject above)</source>
        <translation>Betreff: (noch keiner: oben unter „Betreff“ eintragen)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="246"/>
        <source>Left out of what is sent ({count})</source>
        <translation>Nicht mitgesendet ({count})</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="247"/>
        <source>Nothing left out of what is sent</source>
        <translation>Alles wird mitgesendet</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="248"/>
        <source>Show or hide what is left out of the message the buyer gets</source>
        <translation>Einblenden oder ausblenden, was in der Nachricht an den Käufer weggelassen wird</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../composer/ui/calendarpopup.py" line="29"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>ComposeController</name>
    <message>
        <location filename="../composer/ui/ignoring.py" line="35"/>
        <source>A blocking problem is ignored only through “This is not …” on its card.</source>
        <translation>Ein Problem, das das Senden blockiert, lässt sich nur über „Das ist kein …“ auf seiner Karte ignorieren.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="105"/>
        <source>Fixed in the subject: {fix}. Ctrl+Z there undoes it.</source>
        <translation>Im Betreff korrigiert: {fix}. Strg+Z im Betreff macht es rückgängig.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="134"/>
        <source>The text changed since the check; checking again…</source>
        <translation>Der Text hat sich seit der Prüfung geändert; es wird erneut geprüft…</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="151"/>
        <source>{label}: done. Read the highlighted sentence again and rewrite it if it needs it. Ctrl+Z undoes it.</source>
        <translation>{label}: erledigt. Lesen Sie den markierten Satz noch einmal und schreiben Sie ihn bei Bedarf um. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="181"/>
        <source>Rewrite the highlighted words: Seller Composer can&apos;t tell which of them to remove without taking the rest of your message with them.</source>
        <translation>Formulieren Sie die markierten Wörter um: Seller Composer kann nicht erkennen, welche davon zu entfernen sind, ohne den Rest Ihrer Nachricht mitzunehmen.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="205"/>
        <source>Put in “{words}”. Press Ctrl+Z to undo.</source>
        <translation>„{words}“ eingesetzt. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="211"/>
        <source>Fixed the format. Press Ctrl+Z to undo.</source>
        <translation>Formatierung korrigiert. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="214"/>
        <source>Fixed: {fix}. Press Ctrl+Z to undo.</source>
        <translation>Korrigiert: {fix}. Strg+Z macht es rückgängig.</translation>
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
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="68"/>
        <source>Write the message to the buyer here.</source>
        <translation>Schreiben Sie hier die Nachricht an den Käufer.</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="69"/>
        <source>Write your message to the buyer here…</source>
        <translation>Schreiben Sie hier Ihre Nachricht an den Käufer…</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="291"/>
        <source>Nothing pasted: the clipboard holds a picture, no text. Attach pictures as files.</source>
        <translation>Nichts eingefügt: Die Zwischenablage enthält ein Bild, keinen Text. Bilder hängen Sie als Datei an.</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="293"/>
        <source>Nothing pasted: the clipboard holds no text.</source>
        <translation>Nichts eingefügt: Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="339"/>
        <location filename="../composer/ui/editor.py" line="345"/>
        <source>Pasted as plain text.</source>
        <translation>Als reiner Text eingefügt.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../composer/ui/datefield.py" line="29"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../composer/ui/datefield.py" line="72"/>
        <source>Pick from a calendar</source>
        <translation>Im Kalender auswählen</translation>
    </message>
    <message>
        <location filename="../composer/ui/datefield.py" line="73"/>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Datum im Kalender auswählen (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <location filename="../composer/ui/draftactions.py" line="66"/>
        <source>Rename draft</source>
        <translation>Entwurf umbenennen</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="67"/>
        <source>Name in the drafts list (leave empty to use the subject):</source>
        <translation>Name in der Entwurfsliste (leer lassen, um den Betreff zu verwenden):</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="77"/>
        <source>“{title}” moved to the trash. Undo it in the drafts list.</source>
        <translation>„{title}“ wurde in den Papierkorb verschoben. Sie können das in der Entwurfsliste rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="93"/>
        <source>Open a message file</source>
        <translation>Nachrichtendatei öffnen</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="94"/>
        <source>Messages (*.html *.htm *.txt);;All files (*)</source>
        <translation>Nachrichten (*.html *.htm *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="100"/>
        <source>The file could not be opened</source>
        <translation>Die Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="114"/>
        <source>Opened as a new draft (#{number}).</source>
        <translation>Als neuer Entwurf geöffnet (Nr. {number}).</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="136"/>
        <source>Started a new draft from “{template}”; the draft you wrote is kept in the list.</source>
        <translation>Neuer Entwurf aus „{template}“ begonnen; Ihr bisheriger Entwurf bleibt in der Liste.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="177"/>
        <source>Fill in {names}: the findings panel shows where.</source>
        <translation>Füllen Sie {names} aus: Die Ergebnisse der Prüfung zeigen, wo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="181"/>
        <source>To is left empty (not the open reply&apos;s buyer): Ctrl+Z in To puts the address back.</source>
        <translation>„An“ bleibt leer (nicht der Käufer der offenen Antwort): Strg+Z in „An“ setzt die Adresse wieder ein.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="191"/>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="192"/>
        <source>Template name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="201"/>
        <source>Saved as your template “{name}”.</source>
        <translation>Als Ihre Vorlage „{name}“ gespeichert.</translation>
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
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
</context>
<context>
    <name>DraftSession</name>
    <message>
        <location filename="../composer/ui/draftsession.py" line="73"/>
        <source>Your draft could not be saved ({error}). Seller Composer will try again; copy your text somewhere safe if this keeps happening.</source>
        <translation>Ihr Entwurf konnte nicht gespeichert werden ({error}). Seller Composer versucht es erneut; kopieren Sie Ihren Text an einen sicheren Ort, wenn das wiederholt passiert.</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="47"/>
        <source>Ready to send</source>
        <translation>Bereit zum Senden</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="48"/>
        <source>Warnings to review</source>
        <translation>Warnungen zu prüfen</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="49"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="50"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="204"/>
        <location filename="../composer/ui/draftspanel.py" line="211"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="214"/>
        <source>New draft (Ctrl+N)</source>
        <translation>Neuer Entwurf (Strg+N)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="216"/>
        <source>New from a template (Ctrl+Shift+N)</source>
        <translation>Neu aus einer Vorlage (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="219"/>
        <source>Duplicate the selected draft</source>
        <translation>Den ausgewählten Entwurf duplizieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="223"/>
        <source>Move the selected draft to the trash (Delete)</source>
        <translation>Den ausgewählten Entwurf in den Papierkorb verschieben (Entf)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="232"/>
        <source>Search drafts…</source>
        <translation>Entwürfe durchsuchen…</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="234"/>
        <source>Search drafts</source>
        <translation>Entwürfe durchsuchen</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="239"/>
        <source>Draft list</source>
        <translation>Liste der Entwürfe</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="255"/>
        <source>&amp;Undo</source>
        <translation>R&amp;ückgängig</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="263"/>
        <source>Sho&amp;w trash</source>
        <translation>Papierk&amp;orb zeigen</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="264"/>
        <source>Deleted drafts stay in the trash for 30 days. Select one and choose Restore.</source>
        <translation>Gelöschte Entwürfe bleiben 30 Tage im Papierkorb. Wählen Sie einen aus und dann „Wiederherstellen“.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="267"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="329"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="352"/>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="353"/>
        <source>No drafts match.</source>
        <translation>Kein Entwurf passt.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="354"/>
        <source>No drafts yet.</source>
        <translation>Noch keine Entwürfe.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="377"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/draftspanel.py" line="379"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/draftspanel.py" line="381"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="383"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="392"/>
        <source>“{title}” moved to the trash.</source>
        <translation>„{title}“ wurde in den Papierkorb verschoben.</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../composer/ui/exportbar.py" line="26"/>
        <source>Copy for Seller Central</source>
        <translation>Für Seller Central kopieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="27"/>
        <source>Copy the plain text, ready to paste into Contact Buyer in Seller Central</source>
        <translation>Den reinen Text kopieren, bereit zum Einfügen unter „Käufer kontaktieren“ in Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="29"/>
        <source>Copy formatted</source>
        <translation>Formatiert kopieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="30"/>
        <source>Copy the message with its bold, lists and headings, for an email app</source>
        <translation>Die Nachricht mit Fettdruck, Listen und Überschriften kopieren, für ein E-Mail-Programm</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="32"/>
        <source>Open in email app</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="33"/>
        <source>Open the message as a ready-to-send draft in your email app, to the buyer&apos;s Amazon address</source>
        <translation>Die Nachricht als versandfertigen Entwurf in Ihrem E-Mail-Programm öffnen, an die Amazon-Adresse des Käufers</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="36"/>
        <source>Save as .eml…</source>
        <translation>Als .eml speichern…</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="37"/>
        <source>Save the message as an email file (.eml) that any email app can open</source>
        <translation>Die Nachricht als E-Mail-Datei (.eml) speichern, die jedes E-Mail-Programm öffnet</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="39"/>
        <source>Send…</source>
        <translation>Senden…</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="40"/>
        <source>Send it now through your own email account (set it up in Settings › Sending)</source>
        <translation>Jetzt über Ihr eigenes E-Mail-Konto senden (einrichten unter Einstellungen › Senden)</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="107"/>
        <source>Sent log</source>
        <translation>Versandprotokoll</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="109"/>
        <source>Everything you copied, saved or sent, and the Outbox</source>
        <translation>Alles, was Sie kopiert, gespeichert oder gesendet haben, und der Postausgang</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="118"/>
        <source>Messages waiting to be sent: send them now or delete them</source>
        <translation>Nachrichten, die auf den Versand warten: jetzt senden oder löschen</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="205"/>
        <source>{tip}. Not available: {reason}</source>
        <translation>{tip}. Nicht verfügbar: {reason}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="213"/>
        <source>Note: {reason}</source>
        <translation>Hinweis: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/exportbar.py" line="226"/>
        <source>Outbox: %n</source>
        <translation>
            <numerusform>Postausgang: %n</numerusform>
            <numerusform>Postausgang: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../composer/ui/exportflow.py" line="48"/>
        <location filename="../composer/ui/exportflow.py" line="49"/>
        <source>Copy anyway</source>
        <translation>Trotzdem kopieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="50"/>
        <source>Open anyway</source>
        <translation>Trotzdem öffnen</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="51"/>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="52"/>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="54"/>
        <source>Copied. In Seller Central, open the order, choose Contact Buyer and paste (Ctrl+V).</source>
        <translation>Kopiert. Öffnen Sie in Seller Central die Bestellung, wählen Sie „Käufer kontaktieren“ und fügen Sie ein (Strg+V).</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="57"/>
        <source>Copied with its formatting. Paste it into an email to the buyer&apos;s Amazon address.</source>
        <translation>Mit Formatierung kopiert. Fügen Sie die Nachricht in eine E-Mail an die Amazon-Adresse des Käufers ein.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="60"/>
        <source>Opened in your email app as a draft. Check it there and send it.</source>
        <translation>Als Entwurf in Ihrem E-Mail-Programm geöffnet. Prüfen Sie ihn dort und senden Sie ihn ab.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="62"/>
        <source>Saved. Open the file with your email app to send it.</source>
        <translation>Gespeichert. Öffnen Sie die Datei mit Ihrem E-Mail-Programm, um sie zu senden.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="78"/>
        <source>The clipboard holds only the text: add {files} yourself in Seller Central (Contact Buyer › Add attachment).</source>
        <translation>In der Zwischenablage ist nur der Text: Fügen Sie {files} selbst in Seller Central hinzu („Käufer kontaktieren“ › „Anhang hinzufügen“).</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="81"/>
        <source>The clipboard holds only the text: attach {files} yourself in your email app.</source>
        <translation>In der Zwischenablage ist nur der Text: Hängen Sie {files} selbst in Ihrem E-Mail-Programm an.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="94"/>
        <source>You chose to ignore: {title}. Amazon may still block it.</source>
        <translation>Sie haben ignoriert: {title}. Amazon kann die Nachricht trotzdem blockieren.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="144"/>
        <source>⚠ By e-mail this goes out from {sender}, but Amazon wrote to {delivered} (Settings › Sending). Copy for Seller Central is not affected.</source>
        <translation>⚠ Per E-Mail geht die Nachricht von {sender} aus, Amazon hat aber an {delivered} geschrieben (Einstellungen › Senden). „Für Seller Central kopieren“ ist nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="149"/>
        <source>⚠ Open in email app, Save as .eml and Send: {title}</source>
        <translation>⚠ Im E-Mail-Programm öffnen, Als .eml speichern und Senden: {title}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="164"/>
        <source>Copied the text. In Seller Central, paste it and attach “{name}” yourself.</source>
        <translation>Text kopiert. Fügen Sie ihn in Seller Central ein und hängen Sie „{name}“ selbst an.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="167"/>
        <source>Copied the text. In Seller Central, paste it and attach the %n files yourself.</source>
        <translation>Text kopiert. Fügen Sie ihn in Seller Central ein und hängen Sie die %n Dateien selbst an.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="171"/>
        <source>Copied with its formatting. Paste it into an email and attach “{name}” yourself.</source>
        <translation>Mit Formatierung kopiert. Fügen Sie ihn in eine E-Mail ein und hängen Sie „{name}“ selbst an.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="175"/>
        <source>Copied with its formatting. Paste it into an email and attach the %n files yourself.</source>
        <translation>Mit Formatierung kopiert. Fügen Sie ihn in eine E-Mail ein und hängen Sie die %n Dateien selbst an.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="254"/>
        <source>The sent log could not be tidied: {error}</source>
        <translation>Das Versandprotokoll konnte nicht aufgeräumt werden: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="275"/>
        <source>Checking the message once more before it leaves…</source>
        <translation>Die Nachricht wird vor dem Versand noch einmal geprüft…</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="282"/>
        <source>Nothing was exported</source>
        <translation>Nichts wurde exportiert</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="283"/>
        <source>The message could not be prepared: {error}</source>
        <translation>Die Nachricht konnte nicht vorbereitet werden: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="290"/>
        <location filename="../composer/ui/exportflow.py" line="295"/>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="294"/>
        <source> (Settings › Sending)</source>
        <translation> (Einstellungen › Senden)</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="301"/>
        <source>Daily limit reached</source>
        <translation>Tageslimit erreicht</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="324"/>
        <source>Today&apos;s message count could not be read: {error}</source>
        <translation>Die Zahl der heutigen Nachrichten konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="344"/>
        <source>Check first</source>
        <translation>Erst prüfen</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="340"/>
        <source>Only the text is copied:</source>
        <translation>Nur der Text wird kopiert:</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="342"/>
        <source>Copy the text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="343"/>
        <source>Go back and edit</source>
        <translation>Zurück zum Bearbeiten</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="353"/>
        <source>Send to the buyer</source>
        <translation>An den Käufer senden</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="355"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="355"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="356"/>
        <source>Fill in the subject</source>
        <translation>Betreff ausfüllen</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="410"/>
        <location filename="../composer/ui/exportflow.py" line="421"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="411"/>
        <source>The file was not saved: {problem}.</source>
        <translation>Die Datei wurde nicht gespeichert: {problem}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="422"/>
        <source>The file could not be written: {error}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="428"/>
        <source>No email app opened it</source>
        <translation>Kein E-Mail-Programm hat sie geöffnet</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="429"/>
        <source>The message is saved as
{path}

Open that file from your email app, or use “Copy formatted” and paste it into a new email.</source>
        <translation>Die Nachricht ist gespeichert als
{path}

Öffnen Sie diese Datei in Ihrem E-Mail-Programm, oder nutzen Sie „Formatiert kopieren“ und fügen Sie sie in eine neue E-Mail ein.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="442"/>
        <source>Save as an email file</source>
        <translation>Als E-Mail-Datei speichern</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="443"/>
        <source>Email files (*.eml)</source>
        <translation>E-Mail-Dateien (*.eml)</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="454"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="455"/>
        <source>{how}, but the sent log could not be updated: {error}</source>
        <translation>{how}, aber das Versandprotokoll konnte nicht aktualisiert werden: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/confirmbox.py" line="43"/>
        <source>Send to {alias} now?</source>
        <translation>Jetzt an {alias} senden?</translation>
    </message>
    <message>
        <location filename="../composer/ui/confirmbox.py" line="46"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../composer/ui/confirmbox.py" line="47"/>
        <source>Order {order}: {subject}</source>
        <translation>Bestellung {order}: {subject}</translation>
    </message>
    <message>
        <location filename="../composer/ui/confirmbox.py" line="68"/>
        <source>Show the files</source>
        <translation>Dateien zeigen</translation>
    </message>
</context>
<context>
    <name>FileUndo</name>
    <message>
        <location filename="../composer/ui/fileundo.py" line="95"/>
        <source>Removed “{name}”.</source>
        <translation>„{name}“ entfernt.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fileundo.py" line="146"/>
        <source>Put back “{name}”.</source>
        <translation>„{name}“ ist wieder angehängt.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fileundo.py" line="150"/>
        <source>Removed “{name}” again.</source>
        <translation>„{name}“ wieder entfernt.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fileundo.py" line="152"/>
        <source>Attached the fixed copy “{name}” again.</source>
        <translation>Die korrigierte Kopie „{name}“ ist wieder angehängt.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../composer/ui/findbar.py" line="23"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="25"/>
        <source>Words in the message</source>
        <translation>Wörter in der Nachricht</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="27"/>
        <source>Find in the message</source>
        <translation>In der Nachricht suchen</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="30"/>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="31"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="32"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="33"/>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="77"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/findbar.py" line="78"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../composer/ui/findingcard.py" line="30"/>
        <source>Blocks sending</source>
        <translation>Blockiert den Versand</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="31"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="32"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="100"/>
        <location filename="../composer/ui/findingcard.py" line="194"/>
        <source>Fix</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="101"/>
        <location filename="../composer/ui/findingcard.py" line="195"/>
        <source>Fix: {label}</source>
        <translation>Korrigieren: {label}</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="102"/>
        <source>Apply this fix. Ctrl+Z undoes it.</source>
        <translation>Diese Korrektur anwenden. Strg+Z macht sie rückgängig.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="118"/>
        <source>Ignore here</source>
        <translation>Hier ignorieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="121"/>
        <source>Hide this one occurrence. The rule still checks the rest of the message.</source>
        <translation>Nur diese Stelle ausblenden. Die Regel prüft den Rest der Nachricht weiter.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="127"/>
        <source>Tell Seller Composer these words are not what it found. You are asked to confirm, with what is at risk.</source>
        <translation>Seller Composer mitteilen, dass diese Wörter nicht das sind, was es gefunden hat. Sie werden um Bestätigung gebeten und sehen, was dabei auf dem Spiel steht.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="158"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="159"/>
        <source>This is not {nouns}…</source>
        <translation>Das ist {nouns}…</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="169"/>
        <source>[picture]</source>
        <translation>[Bild]</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="179"/>
        <source>Source: {sources}</source>
        <translation>Quelle: {sources}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="74"/>
        <source>Policy findings</source>
        <translation>Ergebnisse der Prüfung</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="81"/>
        <location filename="../composer/ui/findingspanel.py" line="87"/>
        <location filename="../composer/ui/findingspanel.py" line="136"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="83"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="107"/>
        <source>Show them again</source>
        <translation>Wieder anzeigen</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="288"/>
        <source>…and {count} more. Fix the ones above first; the list updates as you go.</source>
        <translation>…und {count} weitere. Korrigieren Sie zuerst die oben stehenden; die Liste aktualisiert sich dabei.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="344"/>
        <source>✓ Fixed. Ctrl+Z undoes it.</source>
        <translation>✓ Korrigiert. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="345"/>
        <source>Ignored here.</source>
        <translation>Hier ignoriert.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="345"/>
        <source>✓ No longer found.</source>
        <translation>✓ Nicht mehr gefunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/findingspanel.py" line="370"/>
        <source>%n finding(s) ignored here.</source>
        <translation>
            <numerusform>%n Ergebnis hier ignoriert.</numerusform>
            <numerusform>%n Ergebnisse hier ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/cardparts.py" line="274"/>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <location filename="../composer/ui/cardparts.py" line="278"/>
        <source>Nothing in this message breaks Amazon&apos;s messaging rules that Seller Composer knows of. Read it once more as your buyer would, then send it.</source>
        <translation>Nichts in dieser Nachricht verstößt gegen die Amazon-Regeln, die Seller Composer kennt. Lesen Sie sie noch einmal mit den Augen des Käufers und senden Sie sie dann.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="375"/>
        <source>Rules dated {date}. Seller Composer&apos;s own summary of Amazon&apos;s guidelines; Amazon does not publish its scanner&apos;s rules.</source>
        <translation>Regeln vom {date}. Die eigene Zusammenfassung der Amazon-Richtlinien durch Seller Composer; Amazon veröffentlicht die Regeln seiner Prüfung nicht.</translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <location filename="../composer/ui/formatbar.py" line="29"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="30"/>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="31"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="32"/>
        <source>Redo what was undone</source>
        <translation>Rückgängig Gemachtes wiederholen</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="33"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="34"/>
        <source>Bold: for a word or two that must stand out</source>
        <translation>Fett: für ein, zwei Wörter, die auffallen müssen</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="36"/>
        <location filename="../composer/ui/formatbar.py" line="38"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="39"/>
        <location filename="../composer/ui/formatbar.py" line="40"/>
        <source>Underline</source>
        <translation>Unterstrichen</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="42"/>
        <location filename="../composer/ui/formatbar.py" line="43"/>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="44"/>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="45"/>
        <source>Numbered list: good for steps</source>
        <translation>Nummerierte Liste: gut für Schritte</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="47"/>
        <location filename="../composer/ui/formatbar.py" line="49"/>
        <source>Heading {level}</source>
        <translation>Überschrift {level}</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="48"/>
        <source>Heading 1 (largest)</source>
        <translation>Überschrift 1 (am größten)</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="52"/>
        <source>Normal text</source>
        <translation>Normaler Text</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="53"/>
        <source>Make the paragraph normal text again</source>
        <translation>Den Absatz wieder zu normalem Text machen</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="124"/>
        <location filename="../composer/ui/formatbar.py" line="126"/>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../composer/ui/headerform.py" line="58"/>
        <source>buyer alias, e.g. abc123xyz@marketplace.amazon.com</source>
        <translation>Alias des Käufers, z. B. abc123xyz@marketplace.amazon.de</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="60"/>
        <source>e.g. 113-4567890-1234567</source>
        <translation>z. B. 113-4567890-1234567</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="67"/>
        <source>e.g. Brass desk lamp (fills {product})</source>
        <translation>z. B. Schreibtischlampe aus Messing (füllt {product})</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="81"/>
        <source>&amp;Just now</source>
        <translation>&amp;Gerade eben</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="82"/>
        <source>The buyer&apos;s message arrived a moment ago</source>
        <translation>Die Nachricht des Käufers kam gerade an</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="87"/>
        <source>Time left to reply</source>
        <translation>Verbleibende Antwortzeit</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="88"/>
        <source>Amazon counts a reply as late after 24 hours, weekends and holidays included.</source>
        <translation>Amazon wertet eine Antwort nach 24 Stunden als verspätet, Wochenenden und Feiertage eingeschlossen.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="125"/>
        <source>A short, clear subject, e.g. Delivery date for your order</source>
        <translation>Ein kurzer, klarer Betreff, z. B. Liefertermin Ihrer Bestellung</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="135"/>
        <source>&amp;To:</source>
        <translation>A&amp;n:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="136"/>
        <source>The buyer&apos;s Amazon alias address, from the order page in Seller Central</source>
        <translation>Die Amazon-Alias-Adresse des Käufers, von der Bestellseite in Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="138"/>
        <source>&amp;Order ID:</source>
        <translation>Bestellnumme&amp;r:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="139"/>
        <source>The 17-digit Amazon order ID (3-7-7 digits)</source>
        <translation>Die 17-stellige Amazon-Bestellnummer (3-7-7 Ziffern)</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="141"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="142"/>
        <source>What the message is for. Amazon allows only certain reasons to write.</source>
        <translation>Wofür die Nachricht ist. Amazon erlaubt nur bestimmte Anlässe.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="143"/>
        <source>Order &amp;date:</source>
        <translation>Bestelldat&amp;um:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="144"/>
        <source>The date the order was placed</source>
        <translation>Das Datum der Bestellung</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="146"/>
        <source>&amp;Subject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="147"/>
        <source>The subject line the buyer sees</source>
        <translation>Die Betreffzeile, die der Käufer sieht</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="148"/>
        <source>&amp;Language:</source>
        <translation>Sprach&amp;e:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="149"/>
        <source>The buyer&apos;s preferred language. Amazon requires messages in it.</source>
        <translation>Die bevorzugte Sprache des Käufers. Amazon verlangt Nachrichten in dieser Sprache.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="151"/>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="152"/>
        <source>The product&apos;s name: it fills {product} in templates and is never marked as a spelling mistake</source>
        <translation>Der Name des Produkts: Er füllt {product} in Vorlagen und gilt nie als Rechtschreibfehler</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="154"/>
        <source>Deli&amp;vered:</source>
        <translation>Ge&amp;liefert:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="155"/>
        <source>The date the order was delivered: review requests may be sent from 5 to 30 days after it</source>
        <translation>Das Lieferdatum der Bestellung: Bitten um eine Rezension sind 5 bis 30 Tage danach erlaubt</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="159"/>
        <source>&amp;Buyer wrote at:</source>
        <translation>&amp;Käufer schrieb am:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="160"/>
        <source>When the buyer&apos;s message arrived (your computer&apos;s time). Amazon counts a reply as late after 24 hours.</source>
        <translation>Wann die Nachricht des Käufers ankam (Uhrzeit Ihres Computers). Amazon wertet eine Antwort nach 24 Stunden als verspätet.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="162"/>
        <source>Buyer&apos;s message received at</source>
        <translation>Nachricht des Käufers erhalten am</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="276"/>
        <source>{problem} Until then the date counts as not set.</source>
        <translation>{problem} Bis dahin gilt das Datum als nicht gesetzt.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="384"/>
        <source>Enter when the buyer wrote to see the time left to reply.</source>
        <translation>Geben Sie ein, wann der Käufer schrieb, um die verbleibende Antwortzeit zu sehen.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="411"/>
        <source>{clock} · was due {when}</source>
        <translation>{clock} · war fällig {when}</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="413"/>
        <source>{clock} · due {when}</source>
        <translation>{clock} · fällig {when}</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="433"/>
        <source>Answered {when}</source>
        <translation>Beantwortet am {when}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="23"/>
        <source>&amp;Quick guide</source>
        <translation>&amp;Kurzanleitung</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="24"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="25"/>
        <source>&amp;Policy rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="26"/>
        <source>Blocks sending</source>
        <translation>Blockieren das Senden</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="27"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="28"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="37"/>
        <source>Policy rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="38"/>
        <source>Rules dated %1. Amazon does not publish its scanner&apos;s rules; this is Seller Composer&apos;s own summary of Amazon&apos;s guidelines, and where sources disagree it takes the stricter reading.</source>
        <translation>Regeln vom %1. Amazon veröffentlicht die Regeln seiner Prüfung nicht; dies ist die eigene Zusammenfassung der Amazon-Richtlinien durch Seller Composer, und wo Quellen sich widersprechen, gilt die strengere Lesart.</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="70"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="45"/>
        <source>E-mail files (*.eml *.msg *.mbox *.mbx);;All files (*)</source>
        <translation>E-Mail-Dateien (*.eml *.msg *.mbox *.mbx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="109"/>
        <source>Buyer messages waiting for your reply (Ctrl+Shift+M)</source>
        <translation>Käufernachrichten, die auf Ihre Antwort warten (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="130"/>
        <source>&amp;Messages</source>
        <translation>Na&amp;chrichten</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="133"/>
        <source>&amp;Buyer Messages…</source>
        <translation>&amp;Käufernachrichten…</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="134"/>
        <source>Buyer messages waiting for a reply, answered ones, and Amazon&apos;s notices</source>
        <translation>Käufernachrichten, die auf Antwort warten, beantwortete und Mitteilungen von Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="137"/>
        <source>&amp;Import E-mail Files…</source>
        <translation>E-Mail-Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="138"/>
        <source>Import Amazon&apos;s e-mails (.eml, Outlook .msg, an mbox folder file)</source>
        <translation>E-Mails von Amazon importieren (.eml, Outlook-.msg, eine mbox-Ordnerdatei)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="141"/>
        <source>&amp;Check Mailbox</source>
        <translation>&amp;Postfach abrufen</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="142"/>
        <source>Fetch new buyer messages from your mailbox (Settings › Receiving)</source>
        <translation>Neue Käufernachrichten aus Ihrem Postfach abrufen (Einstellungen › Empfangen)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="145"/>
        <source>I Used Amazon&apos;s &amp;Request a Review for This Order</source>
        <translation>Ich habe für diese Bestellung „Eine Bewertung &amp;anfordern“ von Amazon genutzt</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="147"/>
        <source>Amazon allows one review request per order, its own button included</source>
        <translation>Amazon erlaubt pro Bestellung nur eine Bitte um eine Rezension, Amazons eigene Schaltfläche mitgezählt</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="161"/>
        <source>What Changed in Amazon&apos;s &amp;Rules</source>
        <translation>Was sich an den Regeln von Amazon &amp;geändert hat</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="162"/>
        <source>The 2025–2026 changes to Amazon&apos;s messaging rules</source>
        <translation>Die Änderungen 2025–2026 an den Nachrichtenregeln von Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="176"/>
        <source>It was &amp;lifted: clear it</source>
        <translation>Aufgeh&amp;oben: Hinweis entfernen</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="195"/>
        <source>Buyer messages could not be read: %1</source>
        <translation>Die Käufernachrichten konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/inboxflow.py" line="198"/>
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln wartet</numerusform>
            <numerusform>%Ln warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="199"/>
        <source>Buyer messages</source>
        <translation>Käufernachrichten</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="218"/>
        <source>⛔ Amazon restricted your proactive messages until the end of %1. Messages you start cannot be exported or sent until then; replies to buyers still go.</source>
        <translation>⛔ Amazon hat Ihre proaktiven Nachrichten bis einschließlich %1 gesperrt. Nachrichten, die Sie beginnen, können bis dahin weder exportiert noch gesendet werden; Antworten an Käufer gehen weiterhin.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="225"/>
        <source>⛔ Messages you start are paused until %1; replies still go.</source>
        <translation>⛔ Eigene Nachrichten bis %1 gesperrt; Antworten gehen.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="249"/>
        <source>Amazon did not deliver this message: its notice of %1 says it did not meet the communication guidelines. Look at what the checker says now, and change it before you send anything like it again.</source>
        <translation>Amazon hat diese Nachricht nicht zugestellt: Laut der Mitteilung vom %1 entsprach sie nicht den Kommunikationsrichtlinien. Sehen Sie sich an, was die Prüfung jetzt sagt, und ändern Sie die Nachricht, bevor Sie wieder etwas Ähnliches senden.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="272"/>
        <source>Import Amazon&apos;s e-mails</source>
        <translation>E-Mails von Amazon importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/inboxflow.py" line="282"/>
        <source>Reading %Ln e-mail file(s)…</source>
        <translation>
            <numerusform>%Ln E-Mail-Datei wird gelesen…</numerusform>
            <numerusform>%Ln E-Mail-Dateien werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="287"/>
        <location filename="../composer/ui/inboxflow.py" line="296"/>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="297"/>
        <source>The e-mails could not be stored: %1</source>
        <translation>Die E-Mails konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="307"/>
        <source>Some e-mails were left out</source>
        <translation>Einige E-Mails wurden ausgelassen</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="367"/>
        <source>The buyer&apos;s e-mail is dated later than this computer&apos;s clock, so “Buyer wrote at” shows the time now.</source>
        <translation>Die E-Mail des Käufers ist später datiert als die Uhr dieses Computers, deshalb zeigt „Käufer schrieb am“ die aktuelle Zeit.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="378"/>
        <source>Marked “No response needed”. Mark it in Seller Central too, or Amazon counts it as unanswered.</source>
        <translation>Als „Keine Antwort erforderlich“ markiert. Markieren Sie die Nachricht auch in Seller Central, sonst zählt Amazon sie als unbeantwortet.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="396"/>
        <source>No draft to open</source>
        <translation>Kein Entwurf zum Öffnen</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="397"/>
        <source>This message was not written in Seller Composer (or its draft was deleted for good), so only its subject and fingerprint are in the sent log.</source>
        <translation>Diese Nachricht wurde nicht in Seller Composer geschrieben (oder ihr Entwurf wurde endgültig gelöscht), daher stehen im Versandprotokoll nur ihr Betreff und ihr Fingerabdruck.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="414"/>
        <source>Which order?</source>
        <translation>Welche Bestellung?</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="415"/>
        <source>Fill in the order ID in the header first; the record is kept for that order.</source>
        <translation>Tragen Sie zuerst die Bestellnummer im Kopfbereich ein; der Eintrag wird für diese Bestellung gespeichert.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="419"/>
        <source>Request a Review</source>
        <translation>Eine Bewertung anfordern</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="420"/>
        <source>Record that you used Amazon&apos;s Request a Review button for order %1? Amazon allows one review request per order, so Seller Composer will then block a review or feedback request in a message for it.</source>
        <translation>Festhalten, dass Sie für die Bestellung %1 die Schaltfläche „Eine Bewertung anfordern“ von Amazon genutzt haben? Amazon erlaubt pro Bestellung nur eine Bitte um eine Rezension, daher blockiert Seller Composer danach in einer Nachricht zu dieser Bestellung jede Bitte um eine Rezension oder Verkäuferbewertung.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="429"/>
        <source>Recorded Request a Review for %1.</source>
        <translation>„Eine Bewertung anfordern“ für %1 festgehalten.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="431"/>
        <source>This order already had a request on %1.</source>
        <translation>Für diese Bestellung gab es bereits am %1 eine Anfrage.</translation>
    </message>
</context>
<context>
    <name>InboxWords</name>
    <message>
        <location filename="../composer/ui/inboxview.py" line="125"/>
        <source>Late by %1</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="126"/>
        <source>%1 left to reply</source>
        <translation>Noch %1 für die Antwort</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="131"/>
        <source>Answered (%1, %2)</source>
        <translation>Beantwortet (%1, %2)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="132"/>
        <source>Answered %1</source>
        <translation>Beantwortet am %1</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="25"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="28"/>
        <location filename="../composer/ui/languagechoice.py" line="66"/>
        <source>Language of the app</source>
        <translation>Sprache der App</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="29"/>
        <source>The language of menus, messages and checks in Seller Composer. The buyer&apos;s language is chosen in each message.</source>
        <translation>Die Sprache von Menüs, Meldungen und Prüfungen in Seller Composer. Die Sprache des Käufers wählen Sie in jeder Nachricht.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="37"/>
        <source>&amp;Language of the app:</source>
        <translation>S&amp;prache der App:</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="39"/>
        <source>Takes effect the next time Seller Composer starts. It does not change the language you write to buyers in.</source>
        <translation>Gilt ab dem nächsten Start von Seller Composer. Die Sprache, in der Sie Käufern schreiben, ändert sich nicht.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="67"/>
        <source>Seller Composer will use %1 after a restart.</source>
        <translation>Seller Composer verwendet %1 nach einem Neustart.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="69"/>
        <source>Your open draft has been saved. Restart now, and it opens again with the cursor where it was; or later, the next time you start Seller Composer.</source>
        <translation>Ihr offener Entwurf wurde gespeichert. Starten Sie jetzt neu, dann öffnet er sich wieder mit dem Cursor an derselben Stelle; oder später, beim nächsten Start von Seller Composer.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="72"/>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="74"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>LocalWords</name>
    <message>
        <location filename="../composer/ui/localwords.py" line="23"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../composer/ui/localwords.py" line="60"/>
        <source>this computer&apos;s time zone</source>
        <translation>die Zeitzone dieses Computers</translation>
    </message>
    <message>
        <location filename="../composer/ui/localwords.py" line="82"/>
        <source>Times in %1 (File › Settings › General)</source>
        <translation>Uhrzeiten in %1 (Datei › Einstellungen › Allgemein)</translation>
    </message>
</context>
<context>
    <name>MailboxCheck</name>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="54"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="55"/>
        <source>Stop checking the mailbox; what was read is kept</source>
        <translation>Abruf des Postfachs beenden; bereits Gelesenes bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="56"/>
        <source>Cancel the mailbox check</source>
        <translation>Abruf des Postfachs abbrechen</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="83"/>
        <source>Check mailbox</source>
        <translation>Postfach abrufen</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="84"/>
        <source>Password for %1 on %2:</source>
        <translation>Passwort für %1 auf %2:</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="94"/>
        <source>Checking your mailbox (%1)…</source>
        <translation>Ihr Postfach wird abgerufen (%1)…</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="104"/>
        <source>Stopping the mailbox check…</source>
        <translation>Abruf des Postfachs wird beendet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/mailboxcheck.py" line="126"/>
        <source>Checking your mailbox… %Ln new so far</source>
        <translation>
            <numerusform>Ihr Postfach wird abgerufen… bisher %Ln neue</numerusform>
            <numerusform>Ihr Postfach wird abgerufen… bisher %Ln neue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="133"/>
        <source>The new e-mails could not be stored: %1</source>
        <translation>Die neuen E-Mails konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="150"/>
        <source>The mailbox could not be checked (%1); you can keep working.</source>
        <translation>Das Postfach konnte nicht abgerufen werden (%1); Sie können weiterarbeiten.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="50"/>
        <source>The message exactly as the buyer will receive it (Ctrl+Shift+B)</source>
        <translation>Die Nachricht genau so, wie der Käufer sie erhält (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="98"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="99"/>
        <source>Write and format the message</source>
        <translation>Die Nachricht schreiben und formatieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="100"/>
        <location filename="../composer/ui/mainwindow.py" line="198"/>
        <source>Buyer&apos;s view</source>
        <translation>Ansicht des Käufers</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="475"/>
        <source>Your draft could not be saved</source>
        <translation>Ihr Entwurf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="476"/>
        <source>Saving failed: {error}

Close anyway? Your last changes would be lost.</source>
        <translation>Speichern fehlgeschlagen: {error}

Trotzdem schließen? Ihre letzten Änderungen gingen verloren.</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="28"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="31"/>
        <source>&amp;New Draft</source>
        <translation>&amp;Neuer Entwurf</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="32"/>
        <source>Start a new, empty message</source>
        <translation>Eine neue, leere Nachricht beginnen</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="33"/>
        <source>New from &amp;Template…</source>
        <translation>Neu aus &amp;Vorlage…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="34"/>
        <source>Start from a compliant template in the buyer&apos;s language</source>
        <translation>Mit einer regelkonformen Vorlage in der Sprache des Käufers beginnen</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="35"/>
        <source>&amp;Open Message File…</source>
        <translation>Nachrichtendatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="36"/>
        <source>Open an HTML or text file as a new draft, with its formatting</source>
        <translation>Eine HTML- oder Textdatei als neuen Entwurf öffnen, mit ihrer Formatierung</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="41"/>
        <source>&amp;Duplicate Draft</source>
        <translation>Entwurf &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="42"/>
        <source>Make a copy of this draft</source>
        <translation>Eine Kopie dieses Entwurfs anlegen</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="43"/>
        <source>&amp;Rename Draft…</source>
        <translation>Entwurf &amp;umbenennen…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="44"/>
        <source>Give this draft a name in the list</source>
        <translation>Diesem Entwurf einen Namen in der Liste geben</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="45"/>
        <source>Save as Te&amp;mplate…</source>
        <translation>Als Vorla&amp;ge speichern…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="46"/>
        <source>Keep this message as one of your templates</source>
        <translation>Diese Nachricht als eine Ihrer Vorlagen behalten</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="47"/>
        <source>Move Draft to Tras&amp;h</source>
        <translation>Entwurf in den &amp;Papierkorb</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="48"/>
        <source>Delete this draft (it can be restored)</source>
        <translation>Diesen Entwurf löschen (er kann wiederhergestellt werden)</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="50"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="52"/>
        <source>Business name, orders per day, time zone and how messages are sent</source>
        <translation>Firmenname, Bestellungen pro Tag, Zeitzone und wie Nachrichten gesendet werden</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="57"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="61"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="66"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="67"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="68"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="69"/>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="77"/>
        <source>Fo&amp;rmat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="84"/>
        <source>V&amp;iew</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="94"/>
        <source>Se&amp;nd</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="85"/>
        <source>&amp;Buyer&apos;s View</source>
        <translation>Ansicht des &amp;Käufers</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="88"/>
        <source>Switch between writing and the buyer&apos;s view</source>
        <translation>Zwischen Schreiben und der Ansicht des Käufers wechseln</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="96"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>NotADialog</name>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="33"/>
        <source>Send these words as they are?</source>
        <translation>Diese Wörter so senden?</translation>
    </message>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="36"/>
        <source>Seller Composer reads these words as a problem that blocks sending:</source>
        <translation>Seller Composer sieht in diesen Wörtern ein Problem, das das Senden blockiert:</translation>
    </message>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="39"/>
        <source>Seller Composer reads these words as a problem that blocks sending.</source>
        <translation>Seller Composer sieht in diesen Wörtern ein Problem, das das Senden blockiert.</translation>
    </message>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="53"/>
        <source>This is not {noun}</source>
        <translation>Das ist {noun}</translation>
    </message>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="64"/>
        <source>Ignore here</source>
        <translation>Hier ignorieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="66"/>
        <source>Keep checking it</source>
        <translation>Weiter prüfen</translation>
    </message>
</context>
<context>
    <name>OrderFigures</name>
    <message>
        <location filename="../composer/ui/orderimport.py" line="59"/>
        <source> (%1, rounded down so the limit is never too high)</source>
        <translation> (%1, abgerundet, damit das Limit nie zu hoch ist)</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/orderimport.py" line="61"/>
        <source>&lt;b&gt;%1 orders a day&lt;/b&gt;%2: %Ln order(s) from %3 to %4 (%5 days, today left out because it is not over).</source>
        <translation>
            <numerusform>&lt;b&gt;%1 Bestellungen pro Tag&lt;/b&gt;%2: %Ln Bestellung vom %3 bis %4 (%5 Tage, heute nicht mitgezählt, weil der Tag noch nicht vorbei ist).</numerusform>
            <numerusform>&lt;b&gt;%1 Bestellungen pro Tag&lt;/b&gt;%2: %Ln Bestellungen vom %3 bis %4 (%5 Tage, heute nicht mitgezählt, weil der Tag noch nicht vorbei ist).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="67"/>
        <source>Your daily message limit would be (%1 × 5) + 600 = &lt;b&gt;%2&lt;/b&gt; messages.</source>
        <translation>Ihr tägliches Nachrichtenlimit wäre (%1 × 5) + 600 = &lt;b&gt;%2&lt;/b&gt; Nachrichten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/orderimport.py" line="72"/>
        <source>The report has %Ln line(s) with orders from %1 to %2; an order with several items is counted once.</source>
        <translation>
            <numerusform>Der Bericht hat %Ln Zeile mit Bestellungen vom %1 bis %2; eine Bestellung mit mehreren Artikeln zählt einmal.</numerusform>
            <numerusform>Der Bericht hat %Ln Zeilen mit Bestellungen vom %1 bis %2; eine Bestellung mit mehreren Artikeln zählt einmal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/orderimport.py" line="76"/>
        <source>The report has %Ln line(s); an order with several items is counted once.</source>
        <translation>
            <numerusform>Der Bericht hat %Ln Zeile; eine Bestellung mit mehreren Artikeln zählt einmal.</numerusform>
            <numerusform>Der Bericht hat %Ln Zeilen; eine Bestellung mit mehreren Artikeln zählt einmal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/orderimport.py" line="79"/>
        <source>%Ln cancelled order(s) left out.</source>
        <translation>
            <numerusform>%Ln stornierte Bestellung nicht mitgezählt.</numerusform>
            <numerusform>%Ln stornierte Bestellungen nicht mitgezählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImportDialog</name>
    <message>
        <location filename="../composer/ui/orderimport.py" line="99"/>
        <source>Import your order report</source>
        <translation>Bestellbericht importieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="108"/>
        <source>In Seller Central, open &lt;b&gt;Reports › Fulfilment › All Orders&lt;/b&gt;, download the report for at least the last 30 days as a text file, and choose it here. Seller Composer counts your orders; nothing is sent anywhere.</source>
        <translation>Öffnen Sie in Seller Central &lt;b&gt;Berichte › Versand › Alle Bestellungen&lt;/b&gt;, laden Sie den Bericht für mindestens die letzten 30 Tage als Textdatei herunter und wählen Sie ihn hier aus. Seller Composer zählt Ihre Bestellungen; nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="116"/>
        <source>No report chosen</source>
        <translation>Kein Bericht ausgewählt</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="117"/>
        <source>Order report file</source>
        <translation>Datei des Bestellberichts</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="118"/>
        <source>&amp;Choose report…</source>
        <translation>Bericht &amp;auswählen…</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="123"/>
        <source>Average over:</source>
        <translation>Durchschnitt über:</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="124"/>
        <source>the last &amp;7 days</source>
        <translation>die letzten &amp;7 Tage</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="125"/>
        <source>the last &amp;30 days</source>
        <translation>die letzten &amp;30 Tage</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="136"/>
        <source>Figures used</source>
        <translation>Verwendete Zahlen</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="140"/>
        <source>&amp;Use this average</source>
        <translation>Diesen Durchschnitt &amp;übernehmen</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="156"/>
        <source>Choose the All Orders report</source>
        <translation>Bericht „Alle Bestellungen“ auswählen</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="157"/>
        <source>Amazon order reports (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>Amazon-Bestellberichte (*.txt *.tsv *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="167"/>
        <source>Reading the report…</source>
        <translation>Der Bericht wird gelesen…</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="182"/>
        <source>The report could not be read: %1</source>
        <translation>Der Bericht konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>PasteReport</name>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="47"/>
        <source>colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="48"/>
        <source>fonts</source>
        <translation>Schriftarten</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="49"/>
        <source>text sizes</source>
        <translation>Schriftgrößen</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="50"/>
        <source>alignment</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="51"/>
        <source>highlighting</source>
        <translation>Hervorhebungen</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="52"/>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="53"/>
        <source>links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="54"/>
        <source>tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="68"/>
        <source>Pasted without {items}: Amazon does not allow them in messages.</source>
        <translation>Ohne {items} eingefügt: Amazon erlaubt sie in Nachrichten nicht.</translation>
    </message>
</context>
<context>
    <name>PlaceholderFill</name>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="142"/>
        <source>Changed “{old}” to “{new}” in the message (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>„{old}“ in der Nachricht durch „{new}“ ersetzt (%n Stelle). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
            <numerusform>„{old}“ in der Nachricht durch „{new}“ ersetzt (%n Stellen). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="145"/>
        <source>Changed “{old}” to “{new}” in the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>„{old}“ im Betreff durch „{new}“ ersetzt (%n Stelle). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
            <numerusform>„{old}“ im Betreff durch „{new}“ ersetzt (%n Stellen). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="147"/>
        <source>Changed “{old}” to “{new}” in the message and the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>„{old}“ in Nachricht und Betreff durch „{new}“ ersetzt (%n Stelle). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
            <numerusform>„{old}“ in Nachricht und Betreff durch „{new}“ ersetzt (%n Stellen). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="154"/>
        <source>Put the order ID into the message (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Bestellnummer in die Nachricht eingesetzt (%n Stelle). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
            <numerusform>Bestellnummer in die Nachricht eingesetzt (%n Stellen). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="157"/>
        <source>Put the order ID into the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Bestellnummer in den Betreff eingesetzt (%n Stelle). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
            <numerusform>Bestellnummer in den Betreff eingesetzt (%n Stellen). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="159"/>
        <source>Put the order ID into the message and the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Bestellnummer in die Nachricht und den Betreff eingesetzt (%n Stelle). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
            <numerusform>Bestellnummer in die Nachricht und den Betreff eingesetzt (%n Stellen). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="163"/>
        <source>Put the product&apos;s name into the message (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Produktname in die Nachricht eingesetzt (%n Stelle). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
            <numerusform>Produktname in die Nachricht eingesetzt (%n Stellen). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="166"/>
        <source>Put the product&apos;s name into the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Produktname in den Betreff eingesetzt (%n Stelle). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
            <numerusform>Produktname in den Betreff eingesetzt (%n Stellen). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="168"/>
        <source>Put the product&apos;s name into the message and the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Produktname in die Nachricht und den Betreff eingesetzt (%n Stelle). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
            <numerusform>Produktname in die Nachricht und den Betreff eingesetzt (%n Stellen). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="172"/>
        <source>Put the delivery date into the message (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Lieferdatum in die Nachricht eingesetzt (%n Stelle). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
            <numerusform>Lieferdatum in die Nachricht eingesetzt (%n Stellen). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="175"/>
        <source>Put the delivery date into the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Lieferdatum in den Betreff eingesetzt (%n Stelle). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
            <numerusform>Lieferdatum in den Betreff eingesetzt (%n Stellen). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="177"/>
        <source>Put the delivery date into the message and the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Lieferdatum in die Nachricht und den Betreff eingesetzt (%n Stelle). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
            <numerusform>Lieferdatum in die Nachricht und den Betreff eingesetzt (%n Stellen). Strg+Z in der Nachricht macht es rückgängig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewBrowser</name>
    <message>
        <location filename="../composer/ui/buyerview.py" line="61"/>
        <source>Buyer&apos;s view of the message</source>
        <translation>Die Nachricht, wie der Käufer sie sieht</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="91"/>
        <source>Picture (not loaded in the preview)</source>
        <translation>Bild (in der Vorschau nicht geladen)</translation>
    </message>
</context>
<context>
    <name>QuotaMeter</name>
    <message>
        <location filename="../composer/ui/quotameter.py" line="24"/>
        <source> · nearly used up</source>
        <translation> · fast aufgebraucht</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="25"/>
        <source> · limit reached</source>
        <translation> · Limit erreicht</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="35"/>
        <source>Today {used} / {limit} messages</source>
        <translation>Heute {used} / {limit} Nachrichten</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="46"/>
        <source>({orders} orders a day × {per_order}) + {base} = {limit} messages a day</source>
        <translation>({orders} Bestellungen pro Tag × {per_order}) + {base} = {limit} Nachrichten pro Tag</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="50"/>
        <source>{orders} orders a day × {per_order} = {product}, rounded down to {whole}, + {base} = {limit} messages a day</source>
        <translation>{orders} Bestellungen pro Tag × {per_order} = {product}, abgerundet auf {whole}, + {base} = {limit} Nachrichten pro Tag</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="64"/>
        <source>your computer&apos;s time zone</source>
        <translation>Zeitzone Ihres Computers</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="66"/>
        <source>&lt;b&gt;Amazon&apos;s daily message limit&lt;/b&gt;: (average orders per day × {per_order}) + {base}.</source>
        <translation>&lt;b&gt;Tägliches Nachrichtenlimit von Amazon&lt;/b&gt;: (durchschnittliche Bestellungen pro Tag × {per_order}) + {base}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="68"/>
        <source>Yours: {formula}.</source>
        <translation>Ihres: {formula}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="69"/>
        <source>Sent today (since midnight, {zone}): {used}; left: {left}.</source>
        <translation>Heute gesendet (seit Mitternacht, {zone}): {used}; übrig: {left}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="74"/>
        <source>Your average orders per day is not set, so this is Amazon&apos;s base limit.</source>
        <translation>Ihr Durchschnitt an Bestellungen pro Tag ist nicht eingetragen, daher gilt das Grundlimit von Amazon.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="77"/>
        <source>Amazon does not deliver messages past the limit: sending is refused until tomorrow.</source>
        <translation>Amazon stellt Nachrichten über dem Limit nicht zu: Senden ist bis morgen nicht möglich.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="79"/>
        <source>Click to change your average orders per day or import your order report.</source>
        <translation>Klicken, um Ihre durchschnittlichen Bestellungen pro Tag zu ändern oder Ihren Bestellbericht zu importieren.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="94"/>
        <source>Messages sent today</source>
        <translation>Heute gesendete Nachrichten</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="114"/>
        <source>The sent log could not be read: {error}</source>
        <translation>Das Versandprotokoll konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="133"/>
        <source>{meter}. {left} left today.</source>
        <translation>{meter}. Heute noch {left} übrig.</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <location filename="../composer/ui/translations.py" line="122"/>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
</context>
<context>
    <name>ReceivingSettingsPage</name>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="26"/>
        <source>SSL/TLS (usually port 993)</source>
        <translation>SSL/TLS (meist Port 993)</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="28"/>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (meist Port 143)</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="48"/>
        <source>Optional: let Messages › Check Mailbox fetch buyers&apos; messages from the mailbox of the address registered with your seller account. Only e-mails from Amazon are read; nothing is marked as read, moved or deleted.</source>
        <translation>Optional: Nachrichten › Postfach abrufen holt Käufernachrichten aus dem Postfach der Adresse, die bei Ihrem Verkäuferkonto hinterlegt ist. Nur E-Mails von Amazon werden gelesen; nichts wird als gelesen markiert, verschoben oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="75"/>
        <source>Remember it in the system keychain</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="78"/>
        <source>Incoming mail &amp;server:</source>
        <translation>&amp;Posteingangsserver:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="79"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="80"/>
        <source>Securit&amp;y:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="81"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="82"/>
        <source>&amp;Folder:</source>
        <translation>Or&amp;dner:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="83"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="102"/>
        <source>Leave empty to keep the saved one</source>
        <translation>Leer lassen, um das gespeicherte zu behalten</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="103"/>
        <source>Your mailbox&apos;s password (none saved yet)</source>
        <translation>Passwort Ihres Postfachs (noch keins gespeichert)</translation>
    </message>
</context>
<context>
    <name>ReplyLink</name>
    <message>
        <location filename="../composer/ui/replylink.py" line="58"/>
        <source>Undo the link to the buyer&apos;s message</source>
        <translation>Verknüpfung mit der Käufernachricht rückgängig machen</translation>
    </message>
    <message>
        <location filename="../composer/ui/replylink.py" line="73"/>
        <source>Link to the buyer&apos;s message from %1</source>
        <translation>Mit der Käufernachricht vom %1 verknüpfen</translation>
    </message>
    <message>
        <location filename="../composer/ui/replylink.py" line="76"/>
        <source>Makes this draft the reply to that message, as Reply does: the e-mail answers it, and the message counts as answered once this one leaves.</source>
        <translation>Macht diesen Entwurf zur Antwort auf diese Nachricht, wie „Antworten“: Die E-Mail antwortet darauf, und die Nachricht gilt als beantwortet, sobald diese hier hinausgeht.</translation>
    </message>
    <message>
        <location filename="../composer/ui/replylink.py" line="104"/>
        <source>Linked: this draft now answers the buyer&apos;s message. The same button undoes it.</source>
        <translation>Verknüpft: Dieser Entwurf antwortet jetzt auf die Käufernachricht. Dieselbe Schaltfläche macht es rückgängig.</translation>
    </message>
    <message>
        <location filename="../composer/ui/replylink.py" line="121"/>
        <source>The draft is no longer linked to the buyer&apos;s message.</source>
        <translation>Der Entwurf ist nicht mehr mit der Käufernachricht verknüpft.</translation>
    </message>
</context>
<context>
    <name>RulesChangesDialog</name>
    <message>
        <location filename="../composer/ui/ruleschanges.py" line="17"/>
        <location filename="../composer/ui/ruleschanges.py" line="32"/>
        <source>What changed in Amazon&apos;s rules</source>
        <translation>Was sich an den Regeln von Amazon geändert hat</translation>
    </message>
    <message>
        <location filename="../composer/ui/ruleschanges.py" line="20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../composer/ui/ruleschanges.py" line="22"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <location filename="../composer/ui/sendflow.py" line="34"/>
        <source>Saved in the Outbox; it will go out when the connection returns.</source>
        <translation>Im Postausgang gespeichert; die Nachricht wird gesendet, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="98"/>
        <source>Add your From address (the email registered with Amazon) in Settings › Sending.</source>
        <translation>Tragen Sie unter Einstellungen › Senden Ihre Absenderadresse ein (die bei Amazon hinterlegte E-Mail-Adresse).</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="102"/>
        <source>Set up sending first</source>
        <translation>Richten Sie zuerst das Senden ein</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="122"/>
        <source>Email password</source>
        <translation>E-Mail-Passwort</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="123"/>
        <source>Password for {user} on {server}.</source>
        <translation>Passwort für {user} auf {server}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="130"/>
        <source>Already sending</source>
        <translation>Es wird bereits gesendet</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="131"/>
        <source>Wait until the message being sent is done.</source>
        <translation>Warten Sie, bis die Nachricht, die gerade gesendet wird, fertig ist.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="139"/>
        <location filename="../composer/ui/sendflow.py" line="152"/>
        <location filename="../composer/ui/sendflow.py" line="251"/>
        <source>Daily limit reached</source>
        <translation>Tageslimit erreicht</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="183"/>
        <location filename="../composer/ui/sendflow.py" line="209"/>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="184"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="185"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="186"/>
        <source>Sending to the buyer</source>
        <translation>Senden an den Käufer</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="207"/>
        <source>({number} of {total})</source>
        <translation>({number} von {total})</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="242"/>
        <source>Sent to the buyer&apos;s Amazon address and added to the sent log.</source>
        <translation>An die Amazon-Adresse des Käufers gesendet und ins Versandprotokoll eingetragen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/sendflow.py" line="243"/>
        <source>%n message(s) sent and added to the sent log.</source>
        <translation>
            <numerusform>%n Nachricht gesendet und ins Versandprotokoll eingetragen.</numerusform>
            <numerusform>%n Nachrichten gesendet und ins Versandprotokoll eingetragen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="255"/>
        <source>A message in the Outbox could not be sent: {error}</source>
        <translation>Eine Nachricht im Postausgang konnte nicht gesendet werden: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="259"/>
        <source>Not sent: you cancelled. Your draft is unchanged.</source>
        <translation>Nicht gesendet: Sie haben abgebrochen. Ihr Entwurf ist unverändert.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="261"/>
        <source>Stopped. The rest waits in the Outbox.</source>
        <translation>Angehalten. Der Rest wartet im Postausgang.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="263"/>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="266"/>
        <location filename="../composer/ui/sendflow.py" line="271"/>
        <source>The message was not sent</source>
        <translation>Die Nachricht wurde nicht gesendet</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="273"/>
        <source>It waits in the Outbox: fix this, then press “Send now” in the sent log, or delete it there.</source>
        <translation>Sie wartet im Postausgang: Beheben Sie das, und klicken Sie dann im Versandprotokoll auf „Jetzt senden“ oder löschen Sie sie dort.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="277"/>
        <source>Today&apos;s message limit is reached. The message waits in the Outbox and goes out tomorrow, when the limit frees up.</source>
        <translation>Das heutige Nachrichtenlimit ist erreicht. Die Nachricht wartet im Postausgang und wird morgen gesendet, wenn das Limit wieder frei ist.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="293"/>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
</context>
<context>
    <name>SendingSettingsPage</name>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="41"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="43"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (meist Port 465)</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="45"/>
        <source>None (local relay only)</source>
        <translation>Keine (nur lokales Relay)</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="57"/>
        <source>Your password is kept in %1, which the system protects. Seller Composer never writes it to a file.</source>
        <translation>Ihr Passwort wird in %1 aufbewahrt und dort vom System geschützt. Seller Composer schreibt es nie in eine Datei.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="61"/>
        <source>The only keyring found on this computer keeps passwords in a file (%1), so Seller Composer does not use it: it asks for your password once each time it starts and keeps it only in memory, never in a file.</source>
        <translation>Der einzige Schlüsselbund auf diesem Computer speichert Passwörter in einer Datei (%1), daher verwendet Seller Composer ihn nicht: Es fragt bei jedem Start einmal nach Ihrem Passwort und behält es nur im Arbeitsspeicher, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="66"/>
        <source>This computer has no system keychain, so Seller Composer asks for your password once each time it starts and keeps it only in memory, never in a file.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund des Systems, daher fragt Seller Composer bei jedem Start einmal nach Ihrem Passwort und behält es nur im Arbeitsspeicher, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="81"/>
        <source>Optional: send messages straight from Seller Composer through your own email account. You can always copy them into Seller Central instead.</source>
        <translation>Optional: Nachrichten direkt aus Seller Composer über Ihr eigenes E-Mail-Konto senden. Sie können sie stattdessen auch jederzeit in Seller Central kopieren.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="90"/>
        <source>Choose to fill in the server…</source>
        <translation>Auswählen, um den Server einzutragen…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="93"/>
        <source>Email provider</source>
        <translation>E-Mail-Anbieter</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="99"/>
        <source>&amp;Provider:</source>
        <translation>A&amp;nbieter:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="115"/>
        <source>⚠ Your password and messages travel unencrypted: only for a relay on this computer or your own network.</source>
        <translation>⚠ Passwort und Nachrichten gehen unverschlüsselt: nur für ein Relay auf diesem Computer oder in Ihrem eigenen Netzwerk.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="119"/>
        <source>Unencrypted connection</source>
        <translation>Unverschlüsselte Verbindung</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="126"/>
        <source>Remember it in the system keychain</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="129"/>
        <source>Forget the password</source>
        <translation>Gespeichertes Passwort löschen</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="141"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="142"/>
        <source>Mail server:</source>
        <translation>Postausgangsserver:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="143"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="144"/>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="145"/>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="146"/>
        <source>From address:</source>
        <translation>Absenderadresse:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="154"/>
        <source>Use the email address registered with your Amazon seller account. Amazon relays only messages from that address and rejects any other sender.</source>
        <translation>Verwenden Sie die E-Mail-Adresse, die bei Ihrem Amazon-Verkäuferkonto hinterlegt ist. Amazon leitet nur Nachrichten von dieser Adresse weiter und weist jeden anderen Absender ab.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="160"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="161"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="171"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="172"/>
        <source>Connect and sign in to the mail server, without sending anything</source>
        <translation>Mit dem Mailserver verbinden und anmelden, ohne etwas zu senden</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="198"/>
        <source>Keep the sent log for:</source>
        <translation>Versandprotokoll aufbewahren für:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="199"/>
        <source>Amazon keeps its message records for about two years; older entries are then removed.</source>
        <translation>Amazon bewahrt seine Nachrichtenaufzeichnungen etwa zwei Jahre auf; ältere Einträge werden dann entfernt.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="213"/>
        <source>Leave empty to keep the saved one</source>
        <translation>Leer lassen, um das gespeicherte zu behalten</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="214"/>
        <location filename="../composer/ui/sendingsettings.py" line="314"/>
        <source>Your mail account&apos;s password (none saved yet)</source>
        <translation>Passwort Ihres E-Mail-Kontos (noch keins gespeichert)</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="267"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="268"/>
        <source>Connecting to the server…</source>
        <translation>Verbindung zum Server wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="289"/>
        <source>✔ Connected and signed in. Sending will work with these settings.</source>
        <translation>✔ Verbunden und angemeldet. Mit diesen Einstellungen funktioniert das Senden.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="292"/>
        <source>✔ Connected (no sign-in). Sending will work with these settings.</source>
        <translation>✔ Verbunden (ohne Anmeldung). Mit diesen Einstellungen funktioniert das Senden.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="312"/>
        <source>Forgotten</source>
        <translation>Gelöscht</translation>
    </message>
</context>
<context>
    <name>SentLog</name>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="141"/>
        <source>Copied for Seller Central: a copy carries no address, so this is the buyer&apos;s address from its draft. Seller Central sends the message to the buyer of the order.</source>
        <translation>Für Seller Central kopiert: Eine Kopie hat keine Adresse, daher ist dies die Adresse des Käufers aus ihrem Entwurf. Seller Central sendet die Nachricht an den Käufer der Bestellung.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="145"/>
        <source>Copied for Seller Central: a copy carries no address. Seller Central sends the message to the buyer of the order.</source>
        <translation>Für Seller Central kopiert: Eine Kopie hat keine Adresse. Seller Central sendet die Nachricht an den Käufer der Bestellung.</translation>
    </message>
</context>
<context>
    <name>SentLogDialog</name>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="48"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="49"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="50"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="51"/>
        <location filename="../composer/ui/sentlogview.py" line="56"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="52"/>
        <location filename="../composer/ui/sentlogview.py" line="57"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="53"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="54"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="55"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="58"/>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="59"/>
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="60"/>
        <source>Next try</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="75"/>
        <source>When you press Send now</source>
        <translation>Wenn Sie „Jetzt senden“ drücken</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="111"/>
        <source>Sent log and Outbox</source>
        <translation>Versandprotokoll und Postausgang</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="123"/>
        <source>Every message you copied, saved or sent from Seller Composer, newest first. Kept for two years (see Settings › Sending).</source>
        <translation>Jede Nachricht, die Sie aus Seller Composer kopiert, gespeichert oder gesendet haben, die neueste zuerst. Zwei Jahre aufbewahrt (siehe Einstellungen › Senden).</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="128"/>
        <source>Sent log</source>
        <translation>Versandprotokoll</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="133"/>
        <source>Double-click a message (or press Enter) to read it and use it as a new draft</source>
        <translation>Doppelklicken Sie auf eine Nachricht (oder drücken Sie die Eingabetaste), um sie zu lesen und als neuen Entwurf zu verwenden</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="141"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="142"/>
        <source>Save the sent log as a spreadsheet file</source>
        <translation>Das Versandprotokoll als Tabellendatei speichern</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="146"/>
        <source>&amp;Sent log</source>
        <translation>&amp;Versandprotokoll</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="153"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="160"/>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="161"/>
        <source>Try to send every waiting message now</source>
        <translation>Jetzt versuchen, alle wartenden Nachrichten zu senden</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="163"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="164"/>
        <source>Remove the selected message from the Outbox; it is not sent</source>
        <translation>Die ausgewählte Nachricht aus dem Postausgang entfernen; sie wird nicht gesendet</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="170"/>
        <location filename="../composer/ui/sentlogview.py" line="227"/>
        <source>&amp;Outbox</source>
        <translation>P&amp;ostausgang</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="171"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/sentlogview.py" line="200"/>
        <source>%1, with %n ignored problem(s)</source>
        <translation>
            <numerusform>%1, mit %n ignoriertem Problem</numerusform>
            <numerusform>%1, mit %n ignorierten Problemen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="202"/>
        <source>You chose to ignore: %1</source>
        <translation>Sie haben ignoriert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/sentlogview.py" line="205"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="212"/>
        <source>Not tried yet</source>
        <translation>Noch nicht versucht</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="214"/>
        <source>As soon as possible</source>
        <translation>So bald wie möglich</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="223"/>
        <source>Nothing is waiting.</source>
        <translation>Nichts wartet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/sentlogview.py" line="224"/>
        <source>%Ln message(s) waiting to be sent. They go out by themselves when the connection returns, within your daily limit.</source>
        <translation>
            <numerusform>%Ln Nachricht wartet auf den Versand. Sie wird von selbst gesendet, sobald die Verbindung wieder steht, im Rahmen Ihres Tageslimits.</numerusform>
            <numerusform>%Ln Nachrichten warten auf den Versand. Sie werden von selbst gesendet, sobald die Verbindung wieder steht, im Rahmen Ihres Tageslimits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="226"/>
        <source>&amp;Outbox (%1)</source>
        <translation>P&amp;ostausgang (%1)</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="276"/>
        <source>Delete from the Outbox?</source>
        <translation>Aus dem Postausgang löschen?</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="277"/>
        <source>“%1” will not be sent and is removed from the Outbox. Your draft is not affected.</source>
        <translation>„%1“ wird nicht gesendet und aus dem Postausgang entfernt. Ihr Entwurf bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="279"/>
        <source>This message will not be sent and is removed from the Outbox. Your draft is not affected.</source>
        <translation>Diese Nachricht wird nicht gesendet und aus dem Postausgang entfernt. Ihr Entwurf bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="294"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="295"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="300"/>
        <source>Export the sent log</source>
        <translation>Versandprotokoll exportieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="302"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>SentMessageDialog</name>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="49"/>
        <source>This is the message as it was sent.</source>
        <translation>So wurde die Nachricht gesendet.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="52"/>
        <source>Its draft was changed after it was copied: this is how the draft reads now, not exactly what was copied.</source>
        <translation>Der Entwurf wurde nach dem Kopieren geändert: So lautet der Entwurf jetzt, nicht genau das, was kopiert wurde.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="55"/>
        <source>Its draft was changed after it was opened in your email app: this is how the draft reads now, not exactly what your email app got.</source>
        <translation>Der Entwurf wurde geändert, nachdem die Nachricht im E-Mail-Programm geöffnet wurde: So lautet der Entwurf jetzt, nicht genau das, was Ihr E-Mail-Programm erhalten hat.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="58"/>
        <source>Its draft was changed after it was saved: this is how the draft reads now, not exactly what the file holds.</source>
        <translation>Der Entwurf wurde nach dem Speichern geändert: So lautet der Entwurf jetzt, nicht genau das, was die Datei enthält.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="61"/>
        <source>Its draft was changed after it was sent: this is how the draft reads now, not exactly what the buyer got.</source>
        <translation>Der Entwurf wurde nach dem Senden geändert: So lautet der Entwurf jetzt, nicht genau das, was der Käufer erhalten hat.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="66"/>
        <source>Its files were changed after it was copied: the text is as copied, and the files listed above are the ones it had then.</source>
        <translation>Die Dateien wurden nach dem Kopieren geändert: Der Text ist wie kopiert, und die oben aufgeführten Dateien sind die, die die Nachricht damals hatte.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="69"/>
        <source>Its files were changed after it was opened in your email app: the text is as it was, and the files listed above are the ones it had then.</source>
        <translation>Die Dateien wurden geändert, nachdem die Nachricht im E-Mail-Programm geöffnet wurde: Der Text ist wie damals, und die oben aufgeführten Dateien sind die, die sie damals hatte.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="72"/>
        <source>Its files were changed after it was saved: the text is as saved, and the files listed above are the ones saved with it.</source>
        <translation>Die Dateien wurden nach dem Speichern geändert: Der Text ist wie gespeichert, und die oben aufgeführten Dateien sind die, die mit der Nachricht gespeichert wurden.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="75"/>
        <source>Its files were changed after it was sent: the text is as sent, and the files listed above are the ones it was sent with.</source>
        <translation>Die Dateien wurden nach dem Senden geändert: Der Text ist wie gesendet, und die oben aufgeführten Dateien sind die, mit denen die Nachricht gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="80"/>
        <source>The message as copied</source>
        <translation>Die Nachricht wie kopiert</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="81"/>
        <source>The message as opened in your email app</source>
        <translation>Die Nachricht wie im E-Mail-Programm geöffnet</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="82"/>
        <source>The message as saved</source>
        <translation>Die Nachricht wie gespeichert</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="87"/>
        <source>To attach in Seller Central:</source>
        <translation>In Seller Central anzuhängen:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="88"/>
        <source>To attach in your email app:</source>
        <translation>Im E-Mail-Programm anzuhängen:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="91"/>
        <source>The sent log keeps only the details of a message, not its text, and this message&apos;s draft no longer exists.</source>
        <translation>Das Versandprotokoll speichert nur die Angaben zu einer Nachricht, nicht ihren Text, und der Entwurf dieser Nachricht existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="94"/>
        <source>Amazon&apos;s Request a Review button</source>
        <translation>Amazons Schaltfläche „Eine Bewertung anfordern“</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="95"/>
        <source>You used Amazon&apos;s own Request a Review button for this order. It is recorded so that no second review request is sent; there is no message to show.</source>
        <translation>Sie haben für diese Bestellung Amazons eigene Schaltfläche „Eine Bewertung anfordern“ genutzt. Das ist vermerkt, damit keine zweite Bitte um eine Bewertung gesendet wird; es gibt keine Nachricht zum Anzeigen.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="100"/>
        <source>Copied for Seller Central</source>
        <translation>Für Seller Central kopiert</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="101"/>
        <source>Copied formatted</source>
        <translation>Formatiert kopiert</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="102"/>
        <source>Opened in the email app</source>
        <translation>Im E-Mail-Programm geöffnet</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="103"/>
        <source>Saved as .eml</source>
        <translation>Als .eml gespeichert</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="104"/>
        <source>Sent by email</source>
        <translation>Per E-Mail gesendet</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="105"/>
        <source>Recorded: Amazon&apos;s Request a Review</source>
        <translation>Vermerkt: „Eine Bewertung anfordern“ von Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="195"/>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="195"/>
        <source>How:</source>
        <translation>Wie:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="193"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="39"/>
        <source>Copied message</source>
        <translation>Kopierte Nachricht</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="40"/>
        <source>Message opened in your email app</source>
        <translation>Im E-Mail-Programm geöffnete Nachricht</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="41"/>
        <source>Saved message</source>
        <translation>Gespeicherte Nachricht</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="42"/>
        <source>Sent message</source>
        <translation>Gesendete Nachricht</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="45"/>
        <source>This is the message as it was copied.</source>
        <translation>So wurde die Nachricht kopiert.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="46"/>
        <source>This is the message as it was opened in your email app.</source>
        <translation>So wurde die Nachricht im E-Mail-Programm geöffnet.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="48"/>
        <source>This is the message as it was saved.</source>
        <translation>So wurde die Nachricht gespeichert.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="196"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="197"/>
        <source>Order:</source>
        <translation>Bestellung:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="198"/>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="90"/>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="200"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="83"/>
        <source>The message as sent</source>
        <translation>Die Nachricht wie gesendet</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="230"/>
        <source>&amp;Use as a new draft</source>
        <translation>Als neuen Entwurf &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="231"/>
        <source>Start a new draft with this message&apos;s header and text</source>
        <translation>Einen neuen Entwurf mit Kopfbereich und Text dieser Nachricht beginnen</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="235"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="46"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="56"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="59"/>
        <source>&amp;HTML whitelist</source>
        <translation>&amp;HTML-Positivliste</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="70"/>
        <source>&amp;Sending</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="71"/>
        <source>&amp;Receiving</source>
        <translation>&amp;Empfangen</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="94"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="125"/>
        <source>Business name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="126"/>
        <source>The name buyers see. Amazon blocks names with a web suffix such as .com, or names that could be mistaken for Amazon.</source>
        <translation>Der Name, den Käufer sehen. Amazon sperrt Namen mit einer Webadress-Endung wie .com und Namen, die mit Amazon verwechselt werden könnten.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="128"/>
        <source>Average orders per day</source>
        <translation>Durchschnittliche Bestellungen pro Tag</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="129"/>
        <source>Used for your daily message limit: (orders per day × 5) + 600.</source>
        <translation>Daraus wird Ihr tägliches Nachrichtenlimit berechnet: (Bestellungen pro Tag × 5) + 600.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="130"/>
        <source>Time zone for “today”</source>
        <translation>Zeitzone für „heute“</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="131"/>
        <source>Your message count starts again at midnight in this time zone, for example Europe/London. Leave it empty to use this computer&apos;s time zone.</source>
        <translation>Ihre Nachrichtenzählung beginnt um Mitternacht in dieser Zeitzone von vorn, zum Beispiel Europe/Berlin. Leer lassen, um die Zeitzone dieses Computers zu verwenden.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="139"/>
        <source>&amp;Import from Amazon&apos;s order report…</source>
        <translation>Aus dem Bestellbericht von Amazon &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="140"/>
        <source>Work out your average orders per day from the All Orders report you download from Seller Central.</source>
        <translation>Ihre durchschnittlichen Bestellungen pro Tag aus dem Bericht „Alle Bestellungen“ berechnen, den Sie in Seller Central herunterladen.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="180"/>
        <source>Seller Composer&apos;s own conservative list.</source>
        <translation>Die eigene, vorsichtige Liste von Seller Composer.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="191"/>
        <source>In use: your own list, %1</source>
        <translation>Verwendet: Ihre eigene Liste, %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="193"/>
        <source>In use: the list that comes with Seller Composer (version %1).</source>
        <translation>Verwendet: die mit Seller Composer gelieferte Liste (Version %1).</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="196"/>
        <source>Tags kept: %1</source>
        <translation>Beibehaltene Tags: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="197"/>
        <source>Attributes kept:</source>
        <translation>Beibehaltene Attribute:</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="200"/>
        <source>Web addresses: only %1://</source>
        <translation>Webadressen: nur %1://</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="202"/>
        <source>Everything else is removed before sending; the words inside are kept.</source>
        <translation>Alles andere wird vor dem Senden entfernt; die Wörter darin bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="206"/>
        <source>Whitelist</source>
        <translation>Positivliste</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="210"/>
        <source>Make my own &amp;copy to edit</source>
        <translation>Eigene &amp;Kopie zum Bearbeiten anlegen</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="211"/>
        <source>Copies the list into your data folder as whitelist.json. Edit it with a text editor; Seller Composer reads it next time.</source>
        <translation>Kopiert die Liste als whitelist.json in Ihren Datenordner. Bearbeiten Sie sie mit einem Texteditor; Seller Composer liest sie beim nächsten Mal.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="217"/>
        <source>&amp;Open data folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="232"/>
        <source>The copy could not be made: %1</source>
        <translation>Die Kopie konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="236"/>
        <source>Copied to %1</source>
        <translation>Kopiert nach %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="275"/>
        <source>This computer&apos;s time zone (type a city to search)</source>
        <translation>Zeitzone dieses Computers (Stadt eingeben, um zu suchen)</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="276"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="305"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="30"/>
        <source>Looking for suggestions…</source>
        <translation>Vorschläge werden gesucht…</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="31"/>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="64"/>
        <source>Add “{word}” to dictionary</source>
        <translation>„{word}“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="66"/>
        <source>Never flag this word again (kept in your data folder)</source>
        <translation>Dieses Wort nie mehr markieren (im Datenordner gespeichert)</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="69"/>
        <source>Ignore here</source>
        <translation>Hier ignorieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="70"/>
        <source>Hide this one mistake; the word is still checked elsewhere</source>
        <translation>Nur diesen Fehler ausblenden; das Wort wird anderswo weiter geprüft</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="107"/>
        <source>Replace “{word}” with “{suggestion}”</source>
        <translation>„{word}“ durch „{suggestion}“ ersetzen</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="130"/>
        <source>Change to “{word}”</source>
        <translation>In „{word}“ ändern</translation>
    </message>
</context>
<context>
    <name>SpellingSupport</name>
    <message>
        <location filename="../composer/ui/spellingsupport.py" line="54"/>
        <source>“{word}” could not be added to your dictionary ({error}).</source>
        <translation>„{word}“ konnte nicht in Ihr Wörterbuch aufgenommen werden ({error}).</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellingsupport.py" line="58"/>
        <source>Added “{word}” to your dictionary.</source>
        <translation>„{word}“ wurde in Ihr Wörterbuch aufgenommen.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../composer/ui/statusline.py" line="98"/>
        <source>Character count</source>
        <translation>Zeichenzahl</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="204"/>
        <source> (Amazon may cut long replies)</source>
        <translation> (Amazon kürzt lange Antworten womöglich)</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="210"/>
        <source>Rules dated {date}</source>
        <translation>Regeln vom {date}</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="211"/>
        <source>The date of the policy rules this copy of Seller Composer checks against. They are summarised from Amazon&apos;s guidelines.</source>
        <translation>Das Datum der Regeln, nach denen diese Kopie von Seller Composer prüft. Sie fassen die Richtlinien von Amazon zusammen.</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="40"/>
        <source>Your drafts are open read-only, so nothing can be changed or saved. Select text and copy it (Ctrl+C) to use it elsewhere.</source>
        <translation>Ihre Entwürfe sind schreibgeschützt geöffnet, daher kann nichts geändert oder gespeichert werden. Markieren und kopieren Sie Text (Strg+C), um ihn anderswo zu verwenden.</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="76"/>
        <source>Your drafts</source>
        <translation>Ihre Entwürfe</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="92"/>
        <source>Where:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="96"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="103"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="124"/>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="128"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="129"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="181"/>
        <source>Your drafts could not be opened: %1</source>
        <translation>Ihre Entwürfe konnten nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="268"/>
        <source>Your drafts file was repaired</source>
        <translation>Ihre Entwurfsdatei wurde repariert</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="271"/>
        <source>A new drafts file was started</source>
        <translation>Eine neue Entwurfsdatei wurde angelegt</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="297"/>
        <source>There are no drafts in this file.</source>
        <translation>Diese Datei enthält keine Entwürfe.</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="334"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="381"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; Your drafts are open for reading only because %1. You can read them and copy their text; nothing can be changed or saved until the problem is fixed and Seller Composer is started again.</source>
        <translation>&lt;b&gt;Schreibgeschützt.&lt;/b&gt; Ihre Entwürfe sind nur zum Lesen geöffnet (Grund: %1). Sie können sie lesen und ihren Text kopieren; nichts kann geändert oder gespeichert werden, bis das Problem behoben und Seller Composer neu gestartet ist.</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="387"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; Your drafts are open for reading only. You can read them and copy their text; nothing can be changed or saved until the problem is fixed and Seller Composer is started again.</source>
        <translation>&lt;b&gt;Schreibgeschützt.&lt;/b&gt; Ihre Entwürfe sind nur zum Lesen geöffnet. Sie können sie lesen und ihren Text kopieren; nichts kann geändert oder gespeichert werden, bis das Problem behoben und Seller Composer neu gestartet ist.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="186"/>
        <source>Edit template</source>
        <translation>Vorlage bearbeiten</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="193"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="194"/>
        <source>&amp;Subject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="196"/>
        <source>Text (placeholders such as {order_id}, {product} and {seller_name} are filled in when the template is used):</source>
        <translation>Text (Platzhalter wie {order_id}, {product} und {seller_name} werden beim Verwenden der Vorlage ausgefüllt):</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="201"/>
        <source>Template text</source>
        <translation>Text der Vorlage</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="40"/>
        <source>New from a template</source>
        <translation>Neu aus einer Vorlage</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="49"/>
        <source>Each built-in template is written to pass Amazon&apos;s rules. Parts in {braces} are filled from the header and Settings when known; fill in the rest before sending.</source>
        <translation>Jede mitgelieferte Vorlage ist so geschrieben, dass sie Amazons Regeln erfüllt. Teile in {Klammern} werden aus dem Kopfbereich und den Einstellungen ausgefüllt, wenn sie bekannt sind; füllen Sie den Rest vor dem Senden aus.</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="57"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="63"/>
        <source>Template preview</source>
        <translation>Vorschau der Vorlage</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="69"/>
        <source>&amp;Use template</source>
        <translation>Vorlage &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="71"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="72"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="88"/>
        <source>Your templates</source>
        <translation>Ihre Vorlagen</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="100"/>
        <source>{language} — the buyer&apos;s language</source>
        <translation>{language} – Sprache des Käufers</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="125"/>
        <source>Choose a template on the left.</source>
        <translation>Wählen Sie links eine Vorlage.</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="131"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="131"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="132"/>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="165"/>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="166"/>
        <source>Delete your template “{name}”? Drafts made from it are not affected.</source>
        <translation>Ihre Vorlage „{name}“ löschen? Entwürfe, die daraus entstanden sind, bleiben unberührt.</translation>
    </message>
</context>
<context>
    <name>TypeFiles</name>
    <message>
        <location filename="../composer/ui/typefiles.py" line="64"/>
        <source>“{type}” messages take no files. To attach one, choose a type that takes files, such as Invoice or Warranty information.</source>
        <translation>Nachrichten vom Typ „{type}“ nehmen keine Dateien an. Um eine Datei anzuhängen, wählen Sie einen Typ, der Dateien annimmt, etwa „Rechnung“ oder „Garantieinformationen“.</translation>
    </message>
</context>
<context>
    <name>UndoNote</name>
    <message>
        <location filename="../composer/ui/statusline.py" line="72"/>
        <source>The file itself is not deleted. Ctrl+Z also brings it back.</source>
        <translation>Die Datei selbst wird nicht gelöscht. Auch Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="74"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>WindowExtras</name>
    <message>
        <location filename="../composer/ui/windowextras.py" line="33"/>
        <source>Paste as Plain Te&amp;xt</source>
        <translation>Als reinen Te&amp;xt einfügen</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="36"/>
        <source>Paste the words only, without any formatting</source>
        <translation>Nur die Wörter einfügen, ohne Formatierung</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="44"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="46"/>
        <source>Find words in the message</source>
        <translation>Wörter in der Nachricht suchen</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="51"/>
        <source>&amp;Quick guide</source>
        <translation>&amp;Kurzanleitung</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="52"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="54"/>
        <source>&amp;Policy rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="56"/>
        <source>&amp;About Seller Composer</source>
        <translation>Ü&amp;ber Seller Composer</translation>
    </message>
</context>
<context>
    <name>_CharacterCount</name>
    <message numerus="yes">
        <location filename="../composer/ui/statusline.py" line="37"/>
        <source>%n characters (no limit for this type)</source>
        <translation>
            <numerusform>%n Zeichen (kein Limit für diesen Typ)</numerusform>
            <numerusform>%n Zeichen (kein Limit für diesen Typ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/statusline.py" line="41"/>
        <source>%n characters: this type takes no message text</source>
        <translation>
            <numerusform>%n Zeichen: dieser Typ nimmt keinen Nachrichtentext</numerusform>
            <numerusform>%n Zeichen: dieser Typ nimmt keinen Nachrichtentext</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="43"/>
        <source>No message text for this type: Amazon sends its own</source>
        <translation>Kein Nachrichtentext für diesen Typ: Amazon sendet einen eigenen</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="46"/>
        <source>{used} / {limit} characters: {over} too many</source>
        <translation>{used} / {limit} Zeichen: {over} zu viel</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="49"/>
        <source>{used} / {limit} characters: nearly full</source>
        <translation>{used} / {limit} Zeichen: fast voll</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="50"/>
        <source>{used} / {limit} characters</source>
        <translation>{used} / {limit} Zeichen</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <location filename="../composer/ui/typefiles.py" line="29"/>
        <source>no files</source>
        <translation>keine Dateien</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/typefiles.py" line="31"/>
        <source>needs a file (up to %n)</source>
        <translation>
            <numerusform>braucht eine Datei (bis zu %n)</numerusform>
            <numerusform>braucht eine Datei (bis zu %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/typefiles.py" line="32"/>
        <source>up to %n file(s)</source>
        <translation>
            <numerusform>bis zu %n Datei</numerusform>
            <numerusform>bis zu %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/typefiles.py" line="37"/>
        <source>Takes no files.</source>
        <translation>Nimmt keine Dateien an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/typefiles.py" line="39"/>
        <source>Needs a file; takes up to %n.</source>
        <translation>
            <numerusform>Braucht eine Datei; nimmt bis zu %n an.</numerusform>
            <numerusform>Braucht eine Datei; nimmt bis zu %n an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/typefiles.py" line="40"/>
        <source>Takes up to %n file(s).</source>
        <translation>
            <numerusform>Nimmt bis zu %n Datei an.</numerusform>
            <numerusform>Nimmt bis zu %n Dateien an.</numerusform>
        </translation>
    </message>
</context>
</TS>
