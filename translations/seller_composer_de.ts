<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AttachmentFiles</name>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="166"/>
        <source>“{name}” is attached again, as before the fix.</source>
        <translation>„{name}“ ist wieder angehängt, wie vor der Korrektur.</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="144"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="145"/>
        <source>Attach “{name}” again, as it was before the fix</source>
        <translation>„{name}“ wieder anhängen, wie vor der Korrektur</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="147"/>
        <source>Undo the fix of {name}</source>
        <translation>Korrektur von {name} rückgängig machen</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="165"/>
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
        <location filename="../composer/ui/attachmentspanel.py" line="354"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="266"/>
        <source>&amp;Attach file…</source>
        <translation>Date&amp;i anhängen…</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="273"/>
        <source>Attachment size used</source>
        <translation>Belegte Größe der Anhänge</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="281"/>
        <source>Attachment budget</source>
        <translation>Platz für Anhänge</translation>
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
        <translation>Nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="177"/>
        <location filename="../composer/ui/draftspanel.py" line="184"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="187"/>
        <source>New draft (Ctrl+N)</source>
        <translation>Neuer Entwurf (Strg+N)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="189"/>
        <source>New from a template (Ctrl+Shift+N)</source>
        <translation>Neu aus einer Vorlage (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="192"/>
        <source>Duplicate the selected draft</source>
        <translation>Den ausgewählten Entwurf duplizieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="196"/>
        <source>Move the selected draft to the trash (Delete)</source>
        <translation>Den ausgewählten Entwurf in den Papierkorb verschieben (Entf)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="205"/>
        <source>Search drafts…</source>
        <translation>Entwürfe durchsuchen…</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="207"/>
        <source>Search drafts</source>
        <translation>Entwürfe durchsuchen</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="212"/>
        <source>Draft list</source>
        <translation>Liste der Entwürfe</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="228"/>
        <source>&amp;Undo</source>
        <translation>R&amp;ückgängig</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="236"/>
        <source>Sho&amp;w trash</source>
        <translation>Papierkorb &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="237"/>
        <source>Deleted drafts stay in the trash for 30 days. Select one and choose Restore.</source>
        <translation>Gelöschte Entwürfe bleiben 30 Tage im Papierkorb. Wählen Sie einen aus und dann „Wiederherstellen“.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="240"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="322"/>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="323"/>
        <source>No drafts match.</source>
        <translation>Kein Entwurf passt.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="324"/>
        <source>No drafts yet.</source>
        <translation>Noch keine Entwürfe.</translation>
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
        <location filename="../composer/ui/exportbar.py" line="96"/>
        <location filename="../composer/ui/exportbar.py" line="167"/>
        <source>Sent log</source>
        <translation>Versandprotokoll</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="98"/>
        <source>Everything you copied, saved or sent, and the Outbox</source>
        <translation>Alles, was Sie kopiert, gespeichert oder gesendet haben, und der Postausgang</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="150"/>
        <source>{tip}. Not available: {reason}</source>
        <translation>{tip}. Nicht verfügbar: {reason}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="158"/>
        <source>Note: {reason}</source>
        <translation>Hinweis: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/exportbar.py" line="166"/>
        <source>Outbox: %n</source>
        <translation>
            <numerusform>Postausgang: %n</numerusform>
            <numerusform>Postausgang: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="33"/>
        <source>Blocks sending</source>
        <translation>Blockiert den Versand</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="34"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="35"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="112"/>
        <location filename="../composer/ui/findingspanel.py" line="203"/>
        <source>Fix</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="113"/>
        <location filename="../composer/ui/findingspanel.py" line="204"/>
        <source>Fix: {label}</source>
        <translation>Korrigieren: {label}</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="114"/>
        <source>Apply this fix. Ctrl+Z undoes it.</source>
        <translation>Diese Korrektur anwenden. Strg+Z macht sie rückgängig.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="130"/>
        <source>Ignore here</source>
        <translation>Hier ignorieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="133"/>
        <source>Hide this one occurrence. The rule still checks the rest of the message.</source>
        <translation>Nur diese Stelle ausblenden. Die Regel prüft den Rest der Nachricht weiter.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="139"/>
        <source>Tell Seller Composer these words are not what it found. You are asked to confirm, with what is at risk.</source>
        <translation>Seller Composer mitteilen, dass diese Wörter nicht das Gefundene sind. Sie bestätigen es, mit dem Hinweis auf das Risiko.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="167"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="168"/>
        <source>This is not {nouns}…</source>
        <translation>Das ist nicht {nouns}…</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="178"/>
        <source>[picture]</source>
        <translation>[Bild]</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="188"/>
        <source>Source: {sources}</source>
        <translation>Quelle: {sources}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="315"/>
        <source>Policy findings</source>
        <translation>Ergebnisse der Prüfung</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="322"/>
        <location filename="../composer/ui/findingspanel.py" line="328"/>
        <location filename="../composer/ui/findingspanel.py" line="375"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="324"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="348"/>
        <source>Show them again</source>
        <translation>Wieder anzeigen</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="521"/>
        <source>…and {count} more. Fix the ones above first; the list updates as you go.</source>
        <translation>…und {count} weitere. Korrigieren Sie zuerst die oben; die Liste aktualisiert sich dabei.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="547"/>
        <source>✓ Fixed. Ctrl+Z undoes it.</source>
        <translation>✓ Korrigiert. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="548"/>
        <source>Ignored here.</source>
        <translation>Hier ignoriert.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="548"/>
        <source>✓ No longer found.</source>
        <translation>✓ Nicht mehr gefunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/findingspanel.py" line="567"/>
        <source>%n finding(s) ignored here.</source>
        <translation>
            <numerusform>%n Ergebnis hier ignoriert.</numerusform>
            <numerusform>%n Ergebnisse hier ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="579"/>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="582"/>
        <source>Nothing in this message breaks Amazon&apos;s messaging rules that Seller Composer knows of. Read it once more as your buyer would, then send it.</source>
        <translation>Nichts in dieser Nachricht verstößt gegen die Amazon-Regeln, die Seller Composer kennt. Lesen Sie sie noch einmal mit den Augen des Käufers und senden Sie sie dann.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="592"/>
        <source>Rules dated {date}. Seller Composer&apos;s own summary of Amazon&apos;s guidelines; Amazon does not publish its scanner&apos;s rules.</source>
        <translation>Regeln vom {date}. Die eigene Zusammenfassung der Amazon-Richtlinien durch Seller Composer; Amazon veröffentlicht die Regeln seiner Prüfung nicht.</translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <location filename="../composer/ui/formatbar.py" line="28"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="29"/>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="30"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="31"/>
        <source>Redo what was undone</source>
        <translation>Rückgängig Gemachtes wiederholen</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="32"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="33"/>
        <source>Bold: for a word or two that must stand out</source>
        <translation>Fett: für ein, zwei Wörter, die auffallen müssen</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="35"/>
        <location filename="../composer/ui/formatbar.py" line="37"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="38"/>
        <location filename="../composer/ui/formatbar.py" line="39"/>
        <source>Underline</source>
        <translation>Unterstrichen</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="41"/>
        <location filename="../composer/ui/formatbar.py" line="42"/>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="43"/>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="44"/>
        <source>Numbered list: good for steps</source>
        <translation>Nummerierte Liste: gut für Schritte</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="46"/>
        <location filename="../composer/ui/formatbar.py" line="48"/>
        <source>Heading {level}</source>
        <translation>Überschrift {level}</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="47"/>
        <source>Heading 1 (largest)</source>
        <translation>Überschrift 1 (die größte)</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="51"/>
        <source>Normal text</source>
        <translation>Normaler Text</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="52"/>
        <source>Make the paragraph normal text again</source>
        <translation>Den Absatz wieder zu normalem Text machen</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="123"/>
        <location filename="../composer/ui/formatbar.py" line="125"/>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../composer/ui/headerform.py" line="62"/>
        <source>e.g. Brass desk lamp (fills {product})</source>
        <translation>z. B. Schreibtischlampe aus Messing (füllt {product})</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="73"/>
        <source>Just &amp;now</source>
        <translation>&amp;Gerade eben</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="74"/>
        <source>The buyer&apos;s message arrived a moment ago</source>
        <translation>Die Nachricht des Käufers kam gerade an</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="78"/>
        <source>Time left to reply</source>
        <translation>Verbleibende Antwortzeit</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="79"/>
        <source>Amazon counts a reply as late after 24 hours, weekends and holidays included.</source>
        <translation>Amazon wertet eine Antwort nach 24 Stunden als verspätet, Wochenenden und Feiertage eingeschlossen.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="106"/>
        <source>A short, clear subject, e.g. Delivery date for your order</source>
        <translation>Ein kurzer, klarer Betreff, z. B. Liefertermin Ihrer Bestellung</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="116"/>
        <source>&amp;To:</source>
        <translation>A&amp;n:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="117"/>
        <source>The buyer&apos;s Amazon alias address, from the order page in Seller Central</source>
        <translation>Die Amazon-Alias-Adresse des Käufers, von der Bestellseite in Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="119"/>
        <source>&amp;Order ID:</source>
        <translation>Bestellnumme&amp;r:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="120"/>
        <source>The 17-digit Amazon order ID (3-7-7 digits)</source>
        <translation>Die 17-stellige Amazon-Bestellnummer (3-7-7 Ziffern)</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="122"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="123"/>
        <source>What the message is for. Amazon allows only certain reasons to write.</source>
        <translation>Wofür die Nachricht ist. Amazon erlaubt nur bestimmte Anlässe.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="124"/>
        <source>Order &amp;date:</source>
        <translation>Bestelldat&amp;um:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="125"/>
        <source>The date the order was placed</source>
        <translation>Das Datum der Bestellung</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="127"/>
        <source>&amp;Subject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="128"/>
        <source>The subject line the buyer sees</source>
        <translation>Die Betreffzeile, die der Käufer sieht</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="129"/>
        <source>&amp;Language:</source>
        <translation>Sprach&amp;e:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="130"/>
        <source>The buyer&apos;s preferred language. Amazon requires messages in it.</source>
        <translation>Die bevorzugte Sprache des Käufers. Amazon verlangt Nachrichten in dieser Sprache.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="132"/>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="133"/>
        <source>The product&apos;s name: it fills {product} in templates and is never marked as a spelling mistake</source>
        <translation>Der Name des Produkts: Er füllt {product} in Vorlagen und gilt nie als Rechtschreibfehler</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="135"/>
        <source>Deli&amp;vered:</source>
        <translation>Ge&amp;liefert:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="136"/>
        <source>The date the order was delivered: review requests may be sent from 5 to 30 days after it</source>
        <translation>Das Lieferdatum der Bestellung: Bitten um eine Rezension sind 5 bis 30 Tage danach erlaubt</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="140"/>
        <source>&amp;Buyer wrote at:</source>
        <translation>&amp;Käufer schrieb am:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="141"/>
        <source>When the buyer&apos;s message arrived (your computer&apos;s time). Amazon counts a reply as late after 24 hours.</source>
        <translation>Wann die Nachricht des Käufers ankam (Uhrzeit Ihres Computers). Amazon wertet eine Antwort nach 24 Stunden als verspätet.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="143"/>
        <source>Buyer&apos;s message received at</source>
        <translation>Nachricht des Käufers erhalten am</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="327"/>
        <source>Enter when the buyer wrote to see the time left to reply.</source>
        <translation>Geben Sie ein, wann der Käufer schrieb, um die verbleibende Antwortzeit zu sehen.</translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="118"/>
        <source>&amp;Messages</source>
        <translation>Na&amp;chrichten</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="121"/>
        <source>&amp;Buyer Messages…</source>
        <translation>&amp;Käufernachrichten…</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="122"/>
        <source>Buyer messages waiting for a reply, answered ones, and Amazon&apos;s notices</source>
        <translation>Käufernachrichten, die auf Antwort warten, beantwortete und Hinweise von Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="125"/>
        <source>&amp;Import E-mail Files…</source>
        <translation>E-Mail-Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="126"/>
        <source>Import Amazon&apos;s e-mails (.eml, Outlook .msg, an mbox folder file)</source>
        <translation>E-Mails von Amazon importieren (.eml, Outlook-.msg, eine mbox-Ordnerdatei)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="129"/>
        <source>&amp;Check Mailbox</source>
        <translation>&amp;Postfach abrufen</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="130"/>
        <source>Fetch new buyer messages from your mailbox (Settings › Receiving)</source>
        <translation>Neue Käufernachrichten aus Ihrem Postfach abrufen (Einstellungen › Empfangen)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="133"/>
        <source>I Used Amazon&apos;s &amp;Request a Review for This Order</source>
        <translation>Ich habe für diese Bestellung „Eine Bewertung &amp;anfordern“ von Amazon genutzt</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="135"/>
        <source>Amazon allows one review request per order, its own button included</source>
        <translation>Amazon erlaubt eine Bitte um eine Rezension pro Bestellung, den eigenen Button eingeschlossen</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="149"/>
        <source>What Changed in Amazon&apos;s &amp;Rules</source>
        <translation>Was sich an den &amp;Regeln von Amazon geändert hat</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="150"/>
        <source>The 2025–2026 changes to Amazon&apos;s messaging rules</source>
        <translation>Die Änderungen 2025–2026 an den Nachrichtenregeln von Amazon</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="23"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="26"/>
        <location filename="../composer/ui/languagechoice.py" line="54"/>
        <source>Language of the app</source>
        <translation>Sprache der App</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="27"/>
        <source>The language of menus, messages and checks in Seller Composer. The buyer&apos;s language is chosen in each message.</source>
        <translation>Die Sprache von Menüs, Meldungen und Prüfungen in Seller Composer. Die Sprache des Käufers wählen Sie in jeder Nachricht.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="35"/>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Sprache der App:</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="37"/>
        <source>Takes effect the next time Seller Composer starts. It does not change the language you write to buyers in.</source>
        <translation>Gilt ab dem nächsten Start von Seller Composer. Die Sprache, in der Sie Käufern schreiben, ändert sich nicht.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="55"/>
        <source>Seller Composer will use %1 the next time it starts. Your open draft has been saved and will be there when you come back.</source>
        <translation>Seller Composer verwendet beim nächsten Start %1. Ihr offener Entwurf ist gespeichert und wartet dann auf Sie.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="40"/>
        <source>The message exactly as the buyer will receive it (Ctrl+Shift+B)</source>
        <translation>Die Nachricht genau so, wie der Käufer sie erhält (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="85"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="86"/>
        <source>Write and format the message</source>
        <translation>Die Nachricht schreiben und formatieren</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="87"/>
        <location filename="../composer/ui/mainwindow.py" line="180"/>
        <source>Buyer&apos;s view</source>
        <translation>Ansicht des Käufers</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="420"/>
        <source>Your draft could not be saved</source>
        <translation>Ihr Entwurf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="421"/>
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
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="77"/>
        <source>Fo&amp;rmat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="84"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
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
        <location filename="../composer/ui/windowmenus.py" line="94"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="96"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>QuotaMeter</name>
    <message>
        <location filename="../composer/ui/quotameter.py" line="23"/>
        <source> · nearly used up</source>
        <translation> · fast aufgebraucht</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="24"/>
        <source> · limit reached</source>
        <translation> · Limit erreicht</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="34"/>
        <source>Today {used} / {limit} messages</source>
        <translation>Heute {used} / {limit} Nachrichten</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="43"/>
        <source>({orders} orders a day × {per_order}) + {base} = {limit} messages a day</source>
        <translation>({orders} Bestellungen pro Tag × {per_order}) + {base} = {limit} Nachrichten pro Tag</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="52"/>
        <source>your computer&apos;s time zone</source>
        <translation>Zeitzone Ihres Computers</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="54"/>
        <source>&lt;b&gt;Amazon&apos;s daily message limit&lt;/b&gt;: (average orders per day × {per_order}) + {base}.</source>
        <translation>&lt;b&gt;Tägliches Nachrichtenlimit von Amazon&lt;/b&gt;: (durchschnittliche Bestellungen pro Tag × {per_order}) + {base}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="56"/>
        <source>Yours: {formula}.</source>
        <translation>Ihres: {formula}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="57"/>
        <source>Sent today (since midnight, {zone}): {used}; left: {left}.</source>
        <translation>Heute gesendet (seit Mitternacht, {zone}): {used}; übrig: {left}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="62"/>
        <source>Your average orders per day is not set, so this is Amazon&apos;s base limit.</source>
        <translation>Ihre durchschnittlichen Bestellungen pro Tag sind nicht eingestellt; dies ist daher das Grundlimit von Amazon.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="65"/>
        <source>Amazon does not deliver messages past the limit: sending is refused until tomorrow.</source>
        <translation>Amazon stellt Nachrichten über dem Limit nicht zu: Senden ist bis morgen nicht möglich.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="67"/>
        <source>Click to change your average orders per day or import your order report.</source>
        <translation>Klicken, um Ihre durchschnittlichen Bestellungen pro Tag zu ändern oder Ihren Bestellbericht zu importieren.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="82"/>
        <source>Messages sent today</source>
        <translation>Heute gesendete Nachrichten</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="102"/>
        <source>The sent log could not be read: {error}</source>
        <translation>Das Versandprotokoll konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="121"/>
        <source>{meter}. {left} left today.</source>
        <translation>{meter}. Heute noch {left} übrig.</translation>
    </message>
</context>
<context>
    <name>SentLog</name>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="57"/>
        <source>Copied for Seller Central: a copy carries no address, so this is the buyer&apos;s address from its draft. Seller Central sends the message to the buyer of the order.</source>
        <translation>Für Seller Central kopiert: Eine Kopie hat keine Adresse, daher ist dies die Adresse des Käufers aus ihrem Entwurf. Seller Central sendet die Nachricht an den Käufer der Bestellung.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="61"/>
        <source>Copied for Seller Central: a copy carries no address. Seller Central sends the message to the buyer of the order.</source>
        <translation>Für Seller Central kopiert: Eine Kopie hat keine Adresse. Seller Central sendet die Nachricht an den Käufer der Bestellung.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../composer/ui/statusline.py" line="54"/>
        <source>Character count</source>
        <translation>Zeichenzahl</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="65"/>
        <source> (Amazon may cut long replies)</source>
        <translation> (Amazon kürzt lange Antworten womöglich)</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="71"/>
        <source>Rules dated {date}</source>
        <translation>Regeln vom {date}</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="72"/>
        <source>The date of the policy rules this copy of Seller Composer checks against. They are summarised from Amazon&apos;s guidelines.</source>
        <translation>Das Datum der Regeln, nach denen diese Kopie von Seller Composer prüft. Sie fassen die Richtlinien von Amazon zusammen.</translation>
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
        <location filename="../composer/ui/statusline.py" line="24"/>
        <source>%n characters (no limit for this type)</source>
        <translation>
            <numerusform>%n Zeichen (kein Limit für diesen Typ)</numerusform>
            <numerusform>%n Zeichen (kein Limit für diesen Typ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/statusline.py" line="28"/>
        <source>%n characters: this type takes no message text</source>
        <translation>
            <numerusform>%n Zeichen: dieser Typ nimmt keinen Nachrichtentext</numerusform>
            <numerusform>%n Zeichen: dieser Typ nimmt keinen Nachrichtentext</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="30"/>
        <source>No message text for this type: Amazon sends its own</source>
        <translation>Kein Nachrichtentext für diesen Typ: Amazon sendet einen eigenen</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="33"/>
        <source>{used} / {limit} characters: {over} too many</source>
        <translation>{used} / {limit} Zeichen: {over} zu viel</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="36"/>
        <source>{used} / {limit} characters: nearly full</source>
        <translation>{used} / {limit} Zeichen: fast voll</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="37"/>
        <source>{used} / {limit} characters</source>
        <translation>{used} / {limit} Zeichen</translation>
    </message>
</context>
</TS>
