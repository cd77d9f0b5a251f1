<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../composer/ui/windowparts.py" line="237"/>
        <source>About Seller Composer</source>
        <translation>À propos de Seller Composer</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowparts.py" line="239"/>
        <source>Write messages to Amazon buyers that pass Amazon&apos;s Buyer-Seller Messaging checks.</source>
        <translation>Rédigez pour vos acheteurs Amazon des messages qui passent les contrôles de la Messagerie acheteur-vendeur d&apos;Amazon.</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowparts.py" line="242"/>
        <source>Seller Composer is not made by or affiliated with Amazon. Its rules are a careful summary of Amazon&apos;s published guidelines; when in doubt it takes the stricter reading.</source>
        <translation>Seller Composer n&apos;est ni conçu par Amazon ni affilié à Amazon. Ses règles résument avec soin les consignes publiées par Amazon&#xa0;; en cas de doute, il retient la lecture la plus stricte.</translation>
    </message>
</context>
<context>
    <name>AskWords</name>
    <message>
        <location filename="../composer/ui/askwords.py" line="20"/>
        <source>New expected delivery date (for example 18 December):</source>
        <translation>Nouvelle date de livraison prévue (par exemple le 18 décembre) :</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="16"/>
        <source>Buyer&apos;s name</source>
        <translation>Nom de l&apos;acheteur</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="17"/>
        <source>Buyer&apos;s name, as on the order (for example Jane Doe):</source>
        <translation>Nom de l&apos;acheteur, comme sur la commande (par exemple Marie Dupont) :</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="19"/>
        <source>New delivery date</source>
        <translation>Nouvelle date de livraison</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="22"/>
        <source>Delivery day</source>
        <translation>Jour de livraison</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="23"/>
        <source>Delivery day you propose (for example Tuesday 15 December):</source>
        <translation>Jour de livraison que vous proposez (par exemple mardi 15 décembre) :</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="26"/>
        <source>Fill in</source>
        <translation>À compléter</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="27"/>
        <source>Words to put in:</source>
        <translation>Texte à insérer :</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="86"/>
        <source>Not attached: {reason}</source>
        <translation>Non joint&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="95"/>
        <source>“{file}” is already attached.</source>
        <translation>«&#xa0;{file}&#xa0;» est déjà joint.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="99"/>
        <source>A file called “{file}” is already attached. Rename one of them first.</source>
        <translation>Un fichier nommé «&#xa0;{file}&#xa0;» est déjà joint. Renommez d&apos;abord l&apos;un des deux.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="138"/>
        <source>Working on “{file}”…</source>
        <translation>Traitement de «&#xa0;{file}&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="150"/>
        <source>The file could not be changed</source>
        <translation>Le fichier n&apos;a pas pu être modifié</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="157"/>
        <source>The file was removed before its copy was ready; the copy was not attached.</source>
        <translation>Le fichier a été retiré avant que sa copie soit prête&#xa0;; la copie n&apos;a pas été jointe.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="165"/>
        <source>Attached a fixed copy, “{name}”. Your original file is unchanged; Ctrl+Z puts it back.</source>
        <translation>Copie corrigée jointe : «&#xa0;{name}&#xa0;». Votre fichier d’origine n’est pas modifié ; Ctrl+Z le remet.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="176"/>
        <source>Attached a fixed copy, “{file}”. Your original file is unchanged; Undo on its row puts it back.</source>
        <translation>Une copie corrigée, «&#xa0;{file}&#xa0;», est jointe. Votre fichier d&apos;origine n&apos;a pas changé ; «&#xa0;Annuler&#xa0;» sur sa ligne le remet.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="179"/>
        <source>Attached a fixed copy, “{file}”. Your original file is unchanged.</source>
        <translation>Une copie corrigée, «&#xa0;{file}&#xa0;», est jointe. Votre fichier d&apos;origine n&apos;a pas changé.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="218"/>
        <source>“{name}” is attached again, as before the fix.</source>
        <translation>«&#xa0;{name}&#xa0;» est de nouveau joint, comme avant la correction.</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="63"/>
        <source>Make smaller</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="64"/>
        <source>Convert</source>
        <translation>Convertir</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="65"/>
        <source>Fix the name</source>
        <translation>Corriger le nom</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="66"/>
        <source>Remove location</source>
        <translation>Retirer le lieu</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="147"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="149"/>
        <source>Ready to send</source>
        <translation>Prêt à envoyer</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="179"/>
        <source>{fix}. Your original file is not changed.</source>
        <translation>{fix}. Votre fichier d&apos;origine n&apos;est pas modifié.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="189"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="190"/>
        <source>Attach “{name}” again, as it was before the fix</source>
        <translation>Joindre de nouveau «&#xa0;{name}&#xa0;», comme avant la correction</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="192"/>
        <source>Undo the fix of {name}</source>
        <translation>Annuler la correction de {name}</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="197"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="198"/>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="199"/>
        <source>Take this file off the message (the file itself is not deleted)</source>
        <translation>Retirer ce fichier du message (le fichier lui-même n&apos;est pas supprimé)</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="211"/>
        <source>Make smaller ({size} → about {estimate})</source>
        <translation>Réduire ({size} → environ {estimate})</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="244"/>
        <source>Add a PDF, Word, text file or picture (Alt+A). You can also drop files here.</source>
        <translation>Ajouter un PDF, un fichier Word ou texte, ou une image (Alt+H). Vous pouvez aussi déposer des fichiers ici.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="246"/>
        <source>No files attached. Drop files here, or choose Attach file. Amazon takes PDF, Word, text and pictures, up to 10 MB in all.</source>
        <translation>Aucun fichier joint. Déposez des fichiers ici ou choisissez «&#xa0;Joindre un fichier&#xa0;». Amazon accepte PDF, Word, texte et images, jusqu&apos;à 10 Mo au total.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="255"/>
        <location filename="../composer/ui/attachmentspanel.py" line="264"/>
        <location filename="../composer/ui/attachmentspanel.py" line="382"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="266"/>
        <source>&amp;Attach file…</source>
        <translation>Joindre un fic&amp;hier…</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="283"/>
        <source>Attachment size used</source>
        <translation>Taille des pièces jointes utilisée</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="291"/>
        <source>Attachment budget</source>
        <translation>Espace des pièces jointes</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="82"/>
        <source>{n} bytes</source>
        <translation>{n}&#xa0;octets</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="77"/>
        <source>{n} MB</source>
        <translation>{n}&#xa0;Mo</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="80"/>
        <source>{n} KB</source>
        <translation>{n}&#xa0;Ko</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="452"/>
        <source>Hide the files</source>
        <translation>Masquer les fichiers</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="452"/>
        <source>Show the files</source>
        <translation>Afficher les fichiers</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="491"/>
        <source>{size} of 10 MB</source>
        <translation>{size} sur 10&#xa0;Mo</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="493"/>
        <source>{size}: over the 10 MB limit</source>
        <translation>{size}&#xa0;: au-delà de la limite de 10&#xa0;Mo</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="548"/>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
</context>
<context>
    <name>BusinessNameDialog</name>
    <message>
        <location filename="../composer/ui/businessname.py" line="30"/>
        <source>Welcome to Seller Composer</source>
        <translation>Bienvenue dans Seller Composer</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="35"/>
        <source>What is your &amp;business name, as buyers see it on Amazon?
Your messages are signed with it. You can change it later in File › Settings.</source>
        <translation>Quel est votre &amp;nom commercial, tel que les acheteurs le voient sur Amazon&#xa0;?
Vos messages sont signés avec ce nom. Vous pourrez le modifier plus tard dans Fichier › Paramètres.</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="42"/>
        <source>Business name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="43"/>
        <source>e.g. Oakfield Furniture</source>
        <translation>p. ex. Meubles du Chêne</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="49"/>
        <source>Why this name cannot be used</source>
        <translation>Pourquoi ce nom ne peut pas être utilisé</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="52"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="53"/>
        <source>Leave the name empty for now; set it in File › Settings</source>
        <translation>Laisser le nom vide pour l&apos;instant&#xa0;; vous pourrez le définir dans Fichier › Paramètres</translation>
    </message>
    <message>
        <location filename="../composer/ui/app.py" line="179"/>
        <source>Your settings could not be saved: {error}</source>
        <translation>Vos paramètres n&apos;ont pas pu être enregistrés&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>BuyerMessagePane</name>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="116"/>
        <source>&amp;Quote selection</source>
        <translation>Citer la &amp;sélection</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="117"/>
        <source>Copy the words you selected in the buyer&apos;s message into your reply, as a quote. Nothing of their message is sent otherwise.</source>
        <translation>Copier les mots sélectionnés dans le message de l&apos;acheteur dans votre réponse, sous forme de citation. Rien d&apos;autre de son message n&apos;est envoyé.</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="123"/>
        <location filename="../composer/ui/buyerpane.py" line="266"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="125"/>
        <source>Hide or show the buyer&apos;s message</source>
        <translation>Masquer ou afficher le message de l&apos;acheteur</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="133"/>
        <source>The buyer&apos;s message (read-only, not sent)</source>
        <translation>Le message de l&apos;acheteur (lecture seule, non envoyé)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="163"/>
        <source>✉ %1 wrote on %2</source>
        <translation>✉ %1 a écrit le %2</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="169"/>
        <source>%1 (not sent with your reply)</source>
        <translation>%1 (non envoyé avec votre réponse)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="171"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="174"/>
        <source>(The e-mail had no words from the buyer.)</source>
        <translation>(L&apos;e-mail ne contenait aucun texte de l&apos;acheteur.)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="230"/>
        <source>%1: click to see it larger</source>
        <translation>%1&#xa0;: cliquez pour l&apos;agrandir</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="231"/>
        <source>Buyer&apos;s file %1</source>
        <translation>Fichier de l&apos;acheteur %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="239"/>
        <source>%1 (kept in your data folder; not a picture)</source>
        <translation>%1 (conservé dans votre dossier de données&#xa0;; ce n&apos;est pas une image)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="256"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="266"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>BuyerMessagesDialog</name>
    <message>
        <location filename="../composer/ui/inboxview.py" line="55"/>
        <source>Reply clock</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="56"/>
        <location filename="../composer/ui/inboxview.py" line="66"/>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="57"/>
        <location filename="../composer/ui/inboxview.py" line="63"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="58"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="59"/>
        <location filename="../composer/ui/inboxview.py" line="61"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="60"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="62"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="64"/>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="65"/>
        <source>What it did</source>
        <translation>Effet</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="68"/>
        <source>copied for Seller Central</source>
        <translation>copiée pour Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="70"/>
        <source>copied formatted</source>
        <translation>copiée avec la mise en forme</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="71"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="72"/>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="73"/>
        <source>No response needed</source>
        <translation>Aucune réponse nécessaire</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="77"/>
        <source>The buyer opted out of messages</source>
        <translation>L&apos;acheteur s&apos;est désabonné des messages</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="78"/>
        <source>Amazon did not deliver a message (guidelines)</source>
        <translation>Amazon n&apos;a pas remis un message (règles)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="80"/>
        <source>Proactive messages restricted</source>
        <translation>Messages spontanés restreints</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="83"/>
        <source>Product details inquiry</source>
        <translation>Question sur le produit</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="84"/>
        <source>Order delivery inquiry</source>
        <translation>Question sur la livraison</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="85"/>
        <source>Shipping inquiry</source>
        <translation>Question sur l&apos;expédition</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="86"/>
        <source>Return request</source>
        <translation>Demande de retour</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="87"/>
        <source>Customisation inquiry</source>
        <translation>Question sur la personnalisation</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="88"/>
        <source>Cancellation request</source>
        <translation>Demande d&apos;annulation</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="89"/>
        <source>Other question</source>
        <translation>Autre question</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="91"/>
        <source>“No response needed” here is your own note. Mark the message in Seller Central too (Buyer Messages › No response needed), or Amazon counts it as unanswered.</source>
        <translation>«&#xa0;Aucune réponse nécessaire&#xa0;» n&apos;est ici qu&apos;une note pour vous. Marquez aussi le message dans Seller Central (Messages des acheteurs › Aucune réponse nécessaire), sinon Amazon le compte comme sans réponse.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="95"/>
        <source>No buyer messages yet. Drop Amazon&apos;s e-mails (.eml, .msg or an mbox file) on the window, or use Import E-mail Files.</source>
        <translation>Aucun message d&apos;acheteur pour l&apos;instant. Déposez les e-mails d&apos;Amazon (.eml, .msg ou un fichier mbox) sur la fenêtre, ou utilisez «&#xa0;Importer des fichiers e-mail&#xa0;».</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="162"/>
        <location filename="../composer/ui/inboxview.py" line="185"/>
        <source>Buyer messages</source>
        <translation>Messages des acheteurs</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="174"/>
        <source>&amp;It was lifted: clear it</source>
        <translation>&amp;Levée&#xa0;: effacer l&apos;avis</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="204"/>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="205"/>
        <source>Open a reply to this message (Enter)</source>
        <translation>Ouvrir une réponse à ce message (Entrée)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="207"/>
        <location filename="../composer/ui/inboxview.py" line="355"/>
        <source>&amp;No response needed</source>
        <translation>Aucune réponse &amp;nécessaire</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="208"/>
        <source>Mark it as needing no answer (for example a buyer&apos;s thank-you); press again to undo</source>
        <translation>Marquer qu&apos;il n&apos;appelle aucune réponse (par exemple un remerciement de l&apos;acheteur)&#xa0;; cliquez à nouveau pour annuler</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="211"/>
        <source>&amp;Import e-mail files…</source>
        <translation>&amp;Importer des fichiers e-mail…</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="213"/>
        <location filename="../composer/ui/inboxview.py" line="319"/>
        <source>&amp;Check mailbox</source>
        <translation>Relever la &amp;boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="214"/>
        <source>Fetch new buyer messages from your mailbox (Settings › Receiving) (F5)</source>
        <translation>Relever les nouveaux messages des acheteurs dans votre boîte (Paramètres › Réception) (F5)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="242"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="222"/>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="225"/>
        <source>Notices from Amazon</source>
        <translation>Avis d&apos;Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="228"/>
        <source>&amp;Open the message Amazon did not deliver</source>
        <translation>&amp;Ouvrir le message qu&apos;Amazon n&apos;a pas remis</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="230"/>
        <source>Open its draft and see what the checker says about it now: a refused message is the best test case you have</source>
        <translation>Ouvrir son brouillon et voir ce qu&apos;en dit la vérification maintenant&#xa0;: un message refusé est le meilleur cas de test dont vous disposez</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="239"/>
        <source>Notices from &amp;Amazon</source>
        <translation>Avis d&apos;&amp;Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="275"/>
        <source>Messages you start to this buyer are blocked</source>
        <translation>Les messages spontanés à cet acheteur sont bloqués</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="276"/>
        <source>Marked in the sent log</source>
        <translation>Marqué dans le journal d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="277"/>
        <source>No matching message in the sent log</source>
        <translation>Aucun message correspondant dans le journal d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="278"/>
        <source>Proactive messages paused</source>
        <translation>Messages spontanés suspendus</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="280"/>
        <source>Cleared by you</source>
        <translation>Effacé par vous</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="311"/>
        <source>⛔ Amazon restricted your proactive messages until the end of %1. Messages you start cannot be exported or sent until then; replies to buyers still go.</source>
        <translation>⛔ Amazon a restreint vos messages spontanés jusqu&apos;au %1 inclus. D&apos;ici là, les messages que vous initiez ne peuvent être ni exportés ni envoyés&#xa0;; les réponses aux acheteurs partent toujours.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="318"/>
        <source>&amp;Cancel check</source>
        <translation>Ann&amp;uler la relève</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="353"/>
        <source>&amp;Needs a response after all</source>
        <translation>Réponse &amp;nécessaire finalement</translation>
    </message>
</context>
<context>
    <name>BuyerView</name>
    <message>
        <location filename="../composer/ui/buyerview.py" line="117"/>
        <source>What your buyer receives</source>
        <translation>Ce que reçoit votre acheteur</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="121"/>
        <source>For&amp;matted</source>
        <translation>Mis en for&amp;me</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="122"/>
        <source>Plain te&amp;xt</source>
        <translation>Te&amp;xte brut</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="123"/>
        <source>The HTML message after cleaning</source>
        <translation>Le message HTML après nettoyage</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="124"/>
        <source>The text to paste into Seller Central&apos;s plain-text form</source>
        <translation>Le texte à coller dans le formulaire texte de Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="141"/>
        <source>Subject the buyer sees</source>
        <translation>Objet que voit l&apos;acheteur</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="166"/>
        <source>What is allowed…</source>
        <translation>Ce qui est autorisé…</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="169"/>
        <source>Amazon does not publish its list of allowed formatting; Seller Composer uses its own careful list. See it in Settings.</source>
        <translation>Amazon ne publie pas la liste des mises en forme autorisées&#xa0;; Seller Composer utilise sa propre liste, prudente. Vous la trouverez dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="176"/>
        <source>Not sent to the buyer</source>
        <translation>Non envoyé à l&apos;acheteur</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="230"/>
        <source>Nothing: the message is sent as you wrote it.</source>
        <translation>Rien&#xa0;: le message part tel que vous l&apos;avez écrit.</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="241"/>
        <source>Subject: {subject}</source>
        <translation>Objet&#xa0;: {subject}</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="243"/>
        <source>Subject: (none yet: fill in Subject above)</source>
        <translation>Objet&#xa0;: (aucun pour l&apos;instant&#xa0;: remplissez «&#xa0;Objet&#xa0;» plus haut)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="246"/>
        <source>Left out of what is sent ({count})</source>
        <translation>Retiré de l&apos;envoi ({count})</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="247"/>
        <source>Nothing left out of what is sent</source>
        <translation>Rien n&apos;est retiré de l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="248"/>
        <source>Show or hide what is left out of the message the buyer gets</source>
        <translation>Afficher ou masquer ce qui est retiré du message que reçoit l&apos;acheteur</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../composer/ui/calendarpopup.py" line="29"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>ComposeController</name>
    <message>
        <location filename="../composer/ui/ignoring.py" line="35"/>
        <source>A blocking problem is ignored only through “This is not …” on its card.</source>
        <translation>Un problème bloquant ne s&apos;ignore que par «&#xa0;Ce n&apos;est pas…&#xa0;» sur sa fiche.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="105"/>
        <source>Fixed in the subject: {fix}. Ctrl+Z there undoes it.</source>
        <translation>Corrigé dans l&apos;objet&#xa0;: {fix}. Ctrl+Z dans l&apos;objet l&apos;annule.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="134"/>
        <source>The text changed since the check; checking again…</source>
        <translation>Le texte a changé depuis la vérification&#xa0;; nouvelle vérification…</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="151"/>
        <source>{label}: done. Read the highlighted sentence again and rewrite it if it needs it. Ctrl+Z undoes it.</source>
        <translation>{label}&#xa0;: fait. Relisez la phrase surlignée et réécrivez-la si nécessaire. Ctrl+Z annule.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="181"/>
        <source>Rewrite the highlighted words: Seller Composer can&apos;t tell which of them to remove without taking the rest of your message with them.</source>
        <translation>Reformulez les mots surlignés&#xa0;: Seller Composer ne peut pas savoir lesquels supprimer sans emporter le reste de votre message.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="205"/>
        <source>Put in “{words}”. Press Ctrl+Z to undo.</source>
        <translation>«&#xa0;{words}&#xa0;» inséré. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="211"/>
        <source>Fixed the format. Press Ctrl+Z to undo.</source>
        <translation>Mise en forme corrigée. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="214"/>
        <source>Fixed: {fix}. Press Ctrl+Z to undo.</source>
        <translation>Corrigé&#xa0;: {fix}. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingtips.py" line="49"/>
        <source>{severity}: {title}</source>
        <translation>{severity}&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>ComposerEdit</name>
    <message>
        <location filename="../composer/ui/editor.py" line="67"/>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="68"/>
        <source>Write the message to the buyer here.</source>
        <translation>Écrivez ici le message à l&apos;acheteur.</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="69"/>
        <source>Write your message to the buyer here…</source>
        <translation>Écrivez ici votre message à l&apos;acheteur…</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="291"/>
        <source>Nothing pasted: the clipboard holds a picture, no text. Attach pictures as files.</source>
        <translation>Rien n’a été collé : le presse-papiers contient une image, pas de texte. Joignez les images comme fichiers.</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="293"/>
        <source>Nothing pasted: the clipboard holds no text.</source>
        <translation>Rien n’a été collé : le presse-papiers ne contient pas de texte.</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="339"/>
        <location filename="../composer/ui/editor.py" line="345"/>
        <source>Pasted as plain text.</source>
        <translation>Collé en texte brut.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../composer/ui/datefield.py" line="29"/>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <location filename="../composer/ui/datefield.py" line="72"/>
        <source>Pick from a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <location filename="../composer/ui/datefield.py" line="73"/>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <location filename="../composer/ui/draftactions.py" line="66"/>
        <source>Rename draft</source>
        <translation>Renommer le brouillon</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="67"/>
        <source>Name in the drafts list (leave empty to use the subject):</source>
        <translation>Nom dans la liste des brouillons (laissez vide pour reprendre l&apos;objet)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="77"/>
        <source>“{title}” moved to the trash. Undo it in the drafts list.</source>
        <translation>«&#xa0;{title}&#xa0;» a été mis à la corbeille. Vous pouvez l&apos;annuler dans la liste des brouillons.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="93"/>
        <source>Open a message file</source>
        <translation>Ouvrir un fichier de message</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="94"/>
        <source>Messages (*.html *.htm *.txt);;All files (*)</source>
        <translation>Messages (*.html *.htm *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="100"/>
        <source>The file could not be opened</source>
        <translation>Le fichier n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="114"/>
        <source>Opened as a new draft (#{number}).</source>
        <translation>Ouvert comme nouveau brouillon (n° {number}).</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="136"/>
        <source>Started a new draft from “{template}”; the draft you wrote is kept in the list.</source>
        <translation>Nouveau brouillon commencé à partir de «&#xa0;{template}&#xa0;»&#xa0;; le brouillon que vous aviez écrit reste dans la liste.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="177"/>
        <source>Fill in {names}: the findings panel shows where.</source>
        <translation>Complétez {names}&#xa0;: les résultats de la vérification indiquent où.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="181"/>
        <source>To is left empty (not the open reply&apos;s buyer): Ctrl+Z in To puts the address back.</source>
        <translation>«&#xa0;À&#xa0;» reste vide (pas l&apos;acheteur de la réponse ouverte) : Ctrl+Z dans «&#xa0;À&#xa0;» remet l&apos;adresse.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="191"/>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="192"/>
        <source>Template name:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="201"/>
        <source>Saved as your template “{name}”.</source>
        <translation>Enregistré comme votre modèle «&#xa0;{name}&#xa0;».</translation>
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
        <translation>Masquer cette remarque</translation>
    </message>
</context>
<context>
    <name>DraftSession</name>
    <message>
        <location filename="../composer/ui/draftsession.py" line="73"/>
        <source>Your draft could not be saved ({error}). Seller Composer will try again; copy your text somewhere safe if this keeps happening.</source>
        <translation>Votre brouillon n&apos;a pas pu être enregistré ({error}). Seller Composer va réessayer&#xa0;; copiez votre texte en lieu sûr si cela se reproduit.</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="47"/>
        <source>Ready to send</source>
        <translation>Prêt à envoyer</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="48"/>
        <source>Warnings to review</source>
        <translation>Avertissements à examiner</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="49"/>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="50"/>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="204"/>
        <location filename="../composer/ui/draftspanel.py" line="211"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="214"/>
        <source>New draft (Ctrl+N)</source>
        <translation>Nouveau brouillon (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="216"/>
        <source>New from a template (Ctrl+Shift+N)</source>
        <translation>Nouveau depuis un modèle (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="219"/>
        <source>Duplicate the selected draft</source>
        <translation>Dupliquer le brouillon sélectionné</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="223"/>
        <source>Move the selected draft to the trash (Delete)</source>
        <translation>Mettre le brouillon sélectionné à la corbeille (Suppr)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="232"/>
        <source>Search drafts…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="234"/>
        <source>Search drafts</source>
        <translation>Rechercher dans les brouillons</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="239"/>
        <source>Draft list</source>
        <translation>Liste des brouillons</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="255"/>
        <source>&amp;Undo</source>
        <translation>Annule&amp;r</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="263"/>
        <source>Sho&amp;w trash</source>
        <translation>Afficher la cor&amp;beille</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="264"/>
        <source>Deleted drafts stay in the trash for 30 days. Select one and choose Restore.</source>
        <translation>Les brouillons supprimés restent 30 jours dans la corbeille. Sélectionnez-en un et choisissez «&#xa0;Restaurer&#xa0;».</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="267"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="329"/>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="352"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="353"/>
        <source>No drafts match.</source>
        <translation>Aucun brouillon ne correspond.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="354"/>
        <source>No drafts yet.</source>
        <translation>Pas encore de brouillon.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="377"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/draftspanel.py" line="379"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n&#xa0;min</numerusform>
            <numerusform>il y a %n&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/draftspanel.py" line="381"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n&#xa0;h</numerusform>
            <numerusform>il y a %n&#xa0;h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="383"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="392"/>
        <source>“{title}” moved to the trash.</source>
        <translation>«&#xa0;{title}&#xa0;» a été mis à la corbeille.</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../composer/ui/exportbar.py" line="26"/>
        <source>Copy for Seller Central</source>
        <translation>Copier pour Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="27"/>
        <source>Copy the plain text, ready to paste into Contact Buyer in Seller Central</source>
        <translation>Copier le texte brut, prêt à coller dans «&#xa0;Contacter l&apos;acheteur&#xa0;» de Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="29"/>
        <source>Copy formatted</source>
        <translation>Copier avec la mise en forme</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="30"/>
        <source>Copy the message with its bold, lists and headings, for an email app</source>
        <translation>Copier le message avec son gras, ses listes et ses titres, pour une application de messagerie</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="32"/>
        <source>Open in email app</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="33"/>
        <source>Open the message as a ready-to-send draft in your email app, to the buyer&apos;s Amazon address</source>
        <translation>Ouvrir le message comme brouillon prêt à envoyer dans votre messagerie, à l&apos;adresse Amazon de l&apos;acheteur</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="36"/>
        <source>Save as .eml…</source>
        <translation>Enregistrer en .eml…</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="37"/>
        <source>Save the message as an email file (.eml) that any email app can open</source>
        <translation>Enregistrer le message comme fichier e-mail (.eml) que toute messagerie sait ouvrir</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="39"/>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="40"/>
        <source>Send it now through your own email account (set it up in Settings › Sending)</source>
        <translation>L&apos;envoyer maintenant par votre propre compte e-mail (à configurer dans Paramètres › Envoi)</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="107"/>
        <source>Sent log</source>
        <translation>Journal d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="109"/>
        <source>Everything you copied, saved or sent, and the Outbox</source>
        <translation>Tout ce que vous avez copié, enregistré ou envoyé, et la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="118"/>
        <source>Messages waiting to be sent: send them now or delete them</source>
        <translation>Messages en attente d&apos;envoi&#xa0;: envoyez-les maintenant ou supprimez-les</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="205"/>
        <source>{tip}. Not available: {reason}</source>
        <translation>{tip}. Indisponible&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="213"/>
        <source>Note: {reason}</source>
        <translation>Remarque&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/exportbar.py" line="226"/>
        <source>Outbox: %n</source>
        <translation>
            <numerusform>Boîte d&apos;envoi&#xa0;: %n</numerusform>
            <numerusform>Boîte d&apos;envoi&#xa0;: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../composer/ui/exportflow.py" line="48"/>
        <location filename="../composer/ui/exportflow.py" line="49"/>
        <source>Copy anyway</source>
        <translation>Copier quand même</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="50"/>
        <source>Open anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="51"/>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="52"/>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="54"/>
        <source>Copied. In Seller Central, open the order, choose Contact Buyer and paste (Ctrl+V).</source>
        <translation>Copié. Dans Seller Central, ouvrez la commande, choisissez «&#xa0;Contacter l&apos;acheteur&#xa0;» et collez (Ctrl+V).</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="57"/>
        <source>Copied with its formatting. Paste it into an email to the buyer&apos;s Amazon address.</source>
        <translation>Copié avec sa mise en forme. Collez-le dans un e-mail à l&apos;adresse Amazon de l&apos;acheteur.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="60"/>
        <source>Opened in your email app as a draft. Check it there and send it.</source>
        <translation>Ouvert comme brouillon dans votre messagerie. Vérifiez-le et envoyez-le depuis celle-ci.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="62"/>
        <source>Saved. Open the file with your email app to send it.</source>
        <translation>Enregistré. Ouvrez le fichier avec votre messagerie pour l&apos;envoyer.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="78"/>
        <source>The clipboard holds only the text: add {files} yourself in Seller Central (Contact Buyer › Add attachment).</source>
        <translation>Le presse-papiers ne contient que le texte&#xa0;: ajoutez vous-même {files} dans Seller Central («&#xa0;Contacter l&apos;acheteur&#xa0;» › «&#xa0;Ajouter une pièce jointe&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="81"/>
        <source>The clipboard holds only the text: attach {files} yourself in your email app.</source>
        <translation>Le presse-papiers ne contient que le texte&#xa0;: joignez vous-même {files} dans votre messagerie.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="94"/>
        <source>You chose to ignore: {title}. Amazon may still block it.</source>
        <translation>Vous avez choisi d&apos;ignorer&#xa0;: {title}. Amazon peut quand même bloquer le message.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="144"/>
        <source>⚠ By e-mail this goes out from {sender}, but Amazon wrote to {delivered} (Settings › Sending). Copy for Seller Central is not affected.</source>
        <translation>⚠ Par e-mail, le message part de {sender}, mais Amazon a écrit à {delivered} (Paramètres › Envoi). «&#xa0;Copier pour Seller Central&#xa0;» n&apos;est pas concerné.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="149"/>
        <source>⚠ Open in email app, Save as .eml and Send: {title}</source>
        <translation>⚠ Ouvrir dans la messagerie, Enregistrer en .eml et Envoyer&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="164"/>
        <source>Copied the text. In Seller Central, paste it and attach “{name}” yourself.</source>
        <translation>Texte copié. Dans Seller Central, collez-le et joignez vous-même «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="167"/>
        <source>Copied the text. In Seller Central, paste it and attach the %n files yourself.</source>
        <translation>Texte copié. Dans Seller Central, collez-le et joignez vous-même les %n fichiers.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="171"/>
        <source>Copied with its formatting. Paste it into an email and attach “{name}” yourself.</source>
        <translation>Copié avec sa mise en forme. Collez-le dans un e-mail et joignez vous-même «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="175"/>
        <source>Copied with its formatting. Paste it into an email and attach the %n files yourself.</source>
        <translation>Copié avec sa mise en forme. Collez-le dans un e-mail et joignez vous-même les %n fichiers.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="254"/>
        <source>The sent log could not be tidied: {error}</source>
        <translation>Le journal d&apos;envoi n&apos;a pas pu être nettoyé&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="275"/>
        <source>Checking the message once more before it leaves…</source>
        <translation>Dernière vérification du message avant son départ…</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="282"/>
        <source>Nothing was exported</source>
        <translation>Rien n&apos;a été exporté</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="283"/>
        <source>The message could not be prepared: {error}</source>
        <translation>Le message n&apos;a pas pu être préparé&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="290"/>
        <location filename="../composer/ui/exportflow.py" line="295"/>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="294"/>
        <source> (Settings › Sending)</source>
        <translation> (Paramètres › Envoi)</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="301"/>
        <source>Daily limit reached</source>
        <translation>Limite quotidienne atteinte</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="324"/>
        <source>Today&apos;s message count could not be read: {error}</source>
        <translation>Le nombre de messages du jour n&apos;a pas pu être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="344"/>
        <source>Check first</source>
        <translation>À vérifier d’abord</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="340"/>
        <source>Only the text is copied:</source>
        <translation>Seul le texte est copié&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="342"/>
        <source>Copy the text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="343"/>
        <source>Go back and edit</source>
        <translation>Revenir et modifier</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="353"/>
        <source>Send to the buyer</source>
        <translation>Envoyer à l’acheteur</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="355"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="355"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="356"/>
        <source>Fill in the subject</source>
        <translation>Remplir l&apos;objet</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="410"/>
        <location filename="../composer/ui/exportflow.py" line="421"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="411"/>
        <source>The file was not saved: {problem}.</source>
        <translation>Le fichier n&apos;a pas été enregistré&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="422"/>
        <source>The file could not be written: {error}</source>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="428"/>
        <source>No email app opened it</source>
        <translation>Aucune messagerie ne l&apos;a ouvert</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="429"/>
        <source>The message is saved as
{path}

Open that file from your email app, or use “Copy formatted” and paste it into a new email.</source>
        <translation>Le message est enregistré sous
{path}

Ouvrez ce fichier depuis votre messagerie, ou utilisez «&#xa0;Copier avec la mise en forme&#xa0;» et collez-le dans un nouvel e-mail.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="442"/>
        <source>Save as an email file</source>
        <translation>Enregistrer comme fichier e-mail</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="443"/>
        <source>Email files (*.eml)</source>
        <translation>Fichiers e-mail (*.eml)</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="454"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="455"/>
        <source>{how}, but the sent log could not be updated: {error}</source>
        <translation>{how}, mais le journal d&apos;envoi n&apos;a pas pu être mis à jour&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/confirmbox.py" line="43"/>
        <source>Send to {alias} now?</source>
        <translation>Envoyer maintenant à {alias} ?</translation>
    </message>
    <message>
        <location filename="../composer/ui/confirmbox.py" line="46"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location filename="../composer/ui/confirmbox.py" line="47"/>
        <source>Order {order}: {subject}</source>
        <translation>Commande {order} : {subject}</translation>
    </message>
    <message>
        <location filename="../composer/ui/confirmbox.py" line="68"/>
        <source>Show the files</source>
        <translation>Afficher les fichiers</translation>
    </message>
</context>
<context>
    <name>FileUndo</name>
    <message>
        <location filename="../composer/ui/fileundo.py" line="95"/>
        <source>Removed “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» retiré.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fileundo.py" line="146"/>
        <source>Put back “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» est de nouveau joint.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fileundo.py" line="150"/>
        <source>Removed “{name}” again.</source>
        <translation>«&#xa0;{name}&#xa0;» de nouveau retiré.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fileundo.py" line="152"/>
        <source>Attached the fixed copy “{name}” again.</source>
        <translation>La copie corrigée «&#xa0;{name}&#xa0;» est de nouveau jointe.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../composer/ui/findbar.py" line="23"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="25"/>
        <source>Words in the message</source>
        <translation>Mots du message</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="27"/>
        <source>Find in the message</source>
        <translation>Rechercher dans le message</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="30"/>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="31"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="32"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="33"/>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="77"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/findbar.py" line="78"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../composer/ui/findingcard.py" line="30"/>
        <source>Blocks sending</source>
        <translation>Bloque l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="31"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="32"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="100"/>
        <location filename="../composer/ui/findingcard.py" line="194"/>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="101"/>
        <location filename="../composer/ui/findingcard.py" line="195"/>
        <source>Fix: {label}</source>
        <translation>Corriger&#xa0;: {label}</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="102"/>
        <source>Apply this fix. Ctrl+Z undoes it.</source>
        <translation>Appliquer cette correction. Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="118"/>
        <source>Ignore here</source>
        <translation>Ignorer ici</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="121"/>
        <source>Hide this one occurrence. The rule still checks the rest of the message.</source>
        <translation>Masquer cette occurrence seulement. La règle vérifie toujours le reste du message.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="127"/>
        <source>Tell Seller Composer these words are not what it found. You are asked to confirm, with what is at risk.</source>
        <translation>Indiquer à Seller Composer que ces mots ne sont pas ce qu&apos;il a détecté. Une confirmation vous est demandée, avec ce qui est en jeu.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="158"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="159"/>
        <source>This is not {nouns}…</source>
        <translation>Ce n&apos;est pas {nouns}…</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="169"/>
        <source>[picture]</source>
        <translation>[image]</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="179"/>
        <source>Source: {sources}</source>
        <translation>Source&#xa0;: {sources}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="74"/>
        <source>Policy findings</source>
        <translation>Résultats de la vérification</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="81"/>
        <location filename="../composer/ui/findingspanel.py" line="87"/>
        <location filename="../composer/ui/findingspanel.py" line="136"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="83"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="107"/>
        <source>Show them again</source>
        <translation>Les afficher à nouveau</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="288"/>
        <source>…and {count} more. Fix the ones above first; the list updates as you go.</source>
        <translation>…et {count} de plus. Corrigez d&apos;abord ceux du haut&#xa0;; la liste se met à jour au fur et à mesure.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="344"/>
        <source>✓ Fixed. Ctrl+Z undoes it.</source>
        <translation>✓ Corrigé. Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="345"/>
        <source>Ignored here.</source>
        <translation>Ignoré ici.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="345"/>
        <source>✓ No longer found.</source>
        <translation>✓ N&apos;est plus détecté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/findingspanel.py" line="370"/>
        <source>%n finding(s) ignored here.</source>
        <translation>
            <numerusform>%n résultat ignoré ici.</numerusform>
            <numerusform>%n résultats ignorés ici.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/cardparts.py" line="274"/>
        <source>No problems found</source>
        <translation>Aucun problème trouvé</translation>
    </message>
    <message>
        <location filename="../composer/ui/cardparts.py" line="278"/>
        <source>Nothing in this message breaks Amazon&apos;s messaging rules that Seller Composer knows of. Read it once more as your buyer would, then send it.</source>
        <translation>Rien dans ce message n&apos;enfreint les règles de messagerie d&apos;Amazon connues de Seller Composer. Relisez-le comme votre acheteur, puis envoyez-le.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="375"/>
        <source>Rules dated {date}. Seller Composer&apos;s own summary of Amazon&apos;s guidelines; Amazon does not publish its scanner&apos;s rules.</source>
        <translation>Règles du {date}. Résumé propre à Seller Composer des directives d&apos;Amazon&#xa0;; Amazon ne publie pas les règles de son filtre.</translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <location filename="../composer/ui/formatbar.py" line="29"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="30"/>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="31"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="32"/>
        <source>Redo what was undone</source>
        <translation>Rétablir ce qui a été annulé</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="33"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="34"/>
        <source>Bold: for a word or two that must stand out</source>
        <translation>Gras&#xa0;: pour un ou deux mots qui doivent ressortir</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="36"/>
        <location filename="../composer/ui/formatbar.py" line="38"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="39"/>
        <location filename="../composer/ui/formatbar.py" line="40"/>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="42"/>
        <location filename="../composer/ui/formatbar.py" line="43"/>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="44"/>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="45"/>
        <source>Numbered list: good for steps</source>
        <translation>Liste numérotée&#xa0;: idéale pour des étapes</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="47"/>
        <location filename="../composer/ui/formatbar.py" line="49"/>
        <source>Heading {level}</source>
        <translation>Titre {level}</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="48"/>
        <source>Heading 1 (largest)</source>
        <translation>Titre 1 (le plus grand)</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="52"/>
        <source>Normal text</source>
        <translation>Texte normal</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="53"/>
        <source>Make the paragraph normal text again</source>
        <translation>Remettre le paragraphe en texte normal</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="124"/>
        <location filename="../composer/ui/formatbar.py" line="126"/>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../composer/ui/headerform.py" line="58"/>
        <source>buyer alias, e.g. abc123xyz@marketplace.amazon.com</source>
        <translation>alias de l&apos;acheteur, p. ex. abc123xyz@marketplace.amazon.fr</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="60"/>
        <source>e.g. 113-4567890-1234567</source>
        <translation>p. ex. 113-4567890-1234567</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="67"/>
        <source>e.g. Brass desk lamp (fills {product})</source>
        <translation>p. ex. Lampe de bureau en laiton (remplit {product})</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="81"/>
        <source>&amp;Just now</source>
        <translation>À l&apos;i&amp;nstant</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="82"/>
        <source>The buyer&apos;s message arrived a moment ago</source>
        <translation>Le message de l&apos;acheteur vient d&apos;arriver</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="87"/>
        <source>Time left to reply</source>
        <translation>Temps restant pour répondre</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="88"/>
        <source>Amazon counts a reply as late after 24 hours, weekends and holidays included.</source>
        <translation>Amazon considère une réponse comme tardive après 24 heures, week-ends et jours fériés compris.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="125"/>
        <source>A short, clear subject, e.g. Delivery date for your order</source>
        <translation>Un objet court et clair, p. ex. Date de livraison de votre commande</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="135"/>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="136"/>
        <source>The buyer&apos;s Amazon alias address, from the order page in Seller Central</source>
        <translation>L&apos;adresse alias Amazon de l&apos;acheteur, sur la page de la commande dans Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="138"/>
        <source>&amp;Order ID:</source>
        <translation>N° de &amp;commande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="139"/>
        <source>The 17-digit Amazon order ID (3-7-7 digits)</source>
        <translation>Le numéro de commande Amazon à 17 chiffres (3-7-7)</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="141"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="142"/>
        <source>What the message is for. Amazon allows only certain reasons to write.</source>
        <translation>À quoi sert le message. Amazon n&apos;autorise que certains motifs.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="143"/>
        <source>Order &amp;date:</source>
        <translation>Da&amp;te de commande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="144"/>
        <source>The date the order was placed</source>
        <translation>La date de la commande</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="146"/>
        <source>&amp;Subject:</source>
        <translation>Ob&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="147"/>
        <source>The subject line the buyer sees</source>
        <translation>La ligne d&apos;objet que voit l&apos;acheteur</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="148"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="149"/>
        <source>The buyer&apos;s preferred language. Amazon requires messages in it.</source>
        <translation>La langue préférée de l&apos;acheteur. Amazon exige les messages dans cette langue.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="151"/>
        <source>&amp;Product:</source>
        <translation>&amp;Produit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="152"/>
        <source>The product&apos;s name: it fills {product} in templates and is never marked as a spelling mistake</source>
        <translation>Le nom du produit&#xa0;: il remplit {product} dans les modèles et n&apos;est jamais marqué comme faute</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="154"/>
        <source>Deli&amp;vered:</source>
        <translation>Li&amp;vré le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="155"/>
        <source>The date the order was delivered: review requests may be sent from 5 to 30 days after it</source>
        <translation>La date de livraison de la commande&#xa0;: les demandes de commentaire peuvent être envoyées de 5 à 30 jours après</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="159"/>
        <source>&amp;Buyer wrote at:</source>
        <translation>L&apos;achete&amp;ur a écrit le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="160"/>
        <source>When the buyer&apos;s message arrived (your computer&apos;s time). Amazon counts a reply as late after 24 hours.</source>
        <translation>Quand le message de l&apos;acheteur est arrivé (heure de votre ordinateur). Amazon considère une réponse comme tardive après 24 heures.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="162"/>
        <source>Buyer&apos;s message received at</source>
        <translation>Message de l&apos;acheteur reçu le</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="276"/>
        <source>{problem} Until then the date counts as not set.</source>
        <translation>{problem} En attendant, la date est considérée comme non renseignée.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="384"/>
        <source>Enter when the buyer wrote to see the time left to reply.</source>
        <translation>Indiquez quand l&apos;acheteur a écrit pour voir le temps restant pour répondre.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="411"/>
        <source>{clock} · was due {when}</source>
        <translation>{clock} · échéance dépassée : {when}</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="413"/>
        <source>{clock} · due {when}</source>
        <translation>{clock} · échéance : {when}</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="433"/>
        <source>Answered {when}</source>
        <translation>Répondu le {when}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="23"/>
        <source>&amp;Quick guide</source>
        <translation>&amp;Guide rapide</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="24"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="25"/>
        <source>&amp;Policy rules</source>
        <translation>Règ&amp;les</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="26"/>
        <source>Blocks sending</source>
        <translation>Bloquent l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="27"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="28"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="37"/>
        <source>Policy rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="38"/>
        <source>Rules dated %1. Amazon does not publish its scanner&apos;s rules; this is Seller Composer&apos;s own summary of Amazon&apos;s guidelines, and where sources disagree it takes the stricter reading.</source>
        <translation>Règles du %1. Amazon ne publie pas les règles de son filtre&#xa0;; ceci est le résumé propre à Seller Composer des règles d&apos;Amazon, et quand les sources divergent, il retient la lecture la plus stricte.</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="70"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="45"/>
        <source>E-mail files (*.eml *.msg *.mbox *.mbx);;All files (*)</source>
        <translation>Fichiers e-mail (*.eml *.msg *.mbox *.mbx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="109"/>
        <source>Buyer messages waiting for your reply (Ctrl+Shift+M)</source>
        <translation>Messages des acheteurs qui attendent votre réponse (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="130"/>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="133"/>
        <source>&amp;Buyer Messages…</source>
        <translation>Messages des &amp;acheteurs…</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="134"/>
        <source>Buyer messages waiting for a reply, answered ones, and Amazon&apos;s notices</source>
        <translation>Messages des acheteurs en attente de réponse, ceux déjà traités et les avis d&apos;Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="137"/>
        <source>&amp;Import E-mail Files…</source>
        <translation>&amp;Importer des fichiers e-mail…</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="138"/>
        <source>Import Amazon&apos;s e-mails (.eml, Outlook .msg, an mbox folder file)</source>
        <translation>Importer les e-mails d&apos;Amazon (.eml, .msg d&apos;Outlook, un fichier de dossier mbox)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="141"/>
        <source>&amp;Check Mailbox</source>
        <translation>&amp;Relever la boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="142"/>
        <source>Fetch new buyer messages from your mailbox (Settings › Receiving)</source>
        <translation>Relever les nouveaux messages des acheteurs dans votre boîte (Paramètres › Réception)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="145"/>
        <source>I Used Amazon&apos;s &amp;Request a Review for This Order</source>
        <translation>J&apos;ai utilisé «&#xa0;&amp;Demander un avis&#xa0;» d&apos;Amazon pour cette commande</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="147"/>
        <source>Amazon allows one review request per order, its own button included</source>
        <translation>Amazon n&apos;autorise qu&apos;une demande de commentaire par commande, son propre bouton compris</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="161"/>
        <source>What Changed in Amazon&apos;s &amp;Rules</source>
        <translation>Ce qui a &amp;changé dans les règles d&apos;Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="162"/>
        <source>The 2025–2026 changes to Amazon&apos;s messaging rules</source>
        <translation>Les changements 2025–2026 des règles de messagerie d&apos;Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="176"/>
        <source>It was &amp;lifted: clear it</source>
        <translation>&amp;Levée&#xa0;: effacer l&apos;avis</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="195"/>
        <source>Buyer messages could not be read: %1</source>
        <translation>Les messages des acheteurs n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/inboxflow.py" line="198"/>
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln en attente</numerusform>
            <numerusform>%Ln en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="199"/>
        <source>Buyer messages</source>
        <translation>Messages des acheteurs</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="218"/>
        <source>⛔ Amazon restricted your proactive messages until the end of %1. Messages you start cannot be exported or sent until then; replies to buyers still go.</source>
        <translation>⛔ Amazon a restreint vos messages spontanés jusqu&apos;au %1 inclus. D&apos;ici là, les messages que vous initiez ne peuvent être ni exportés ni envoyés&#xa0;; les réponses aux acheteurs partent toujours.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="225"/>
        <source>⛔ Messages you start are paused until %1; replies still go.</source>
        <translation>⛔ Messages spontanés suspendus jusqu&apos;au %1&#xa0;; les réponses partent.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="249"/>
        <source>Amazon did not deliver this message: its notice of %1 says it did not meet the communication guidelines. Look at what the checker says now, and change it before you send anything like it again.</source>
        <translation>Amazon n&apos;a pas remis ce message&#xa0;: son avis du %1 indique qu&apos;il ne respectait pas les règles de communication. Regardez ce qu&apos;en dit la vérification maintenant et modifiez-le avant d&apos;envoyer à nouveau un message semblable.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="272"/>
        <source>Import Amazon&apos;s e-mails</source>
        <translation>Importer les e-mails d&apos;Amazon</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/inboxflow.py" line="282"/>
        <source>Reading %Ln e-mail file(s)…</source>
        <translation>
            <numerusform>Lecture de %Ln fichier e-mail…</numerusform>
            <numerusform>Lecture de %Ln fichiers e-mail…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="287"/>
        <location filename="../composer/ui/inboxflow.py" line="296"/>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="297"/>
        <source>The e-mails could not be stored: %1</source>
        <translation>Les e-mails n&apos;ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="307"/>
        <source>Some e-mails were left out</source>
        <translation>Certains e-mails ont été écartés</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="367"/>
        <source>The buyer&apos;s e-mail is dated later than this computer&apos;s clock, so “Buyer wrote at” shows the time now.</source>
        <translation>L&apos;e-mail de l&apos;acheteur est daté plus tard que l&apos;horloge de cet ordinateur : «&#xa0;L&apos;acheteur a écrit le&#xa0;» indique donc l&apos;heure actuelle.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="378"/>
        <source>Marked “No response needed”. Mark it in Seller Central too, or Amazon counts it as unanswered.</source>
        <translation>Marqué «&#xa0;Aucune réponse nécessaire&#xa0;». Marquez-le aussi dans Seller Central, sinon Amazon le compte comme sans réponse.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="396"/>
        <source>No draft to open</source>
        <translation>Aucun brouillon à ouvrir</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="397"/>
        <source>This message was not written in Seller Composer (or its draft was deleted for good), so only its subject and fingerprint are in the sent log.</source>
        <translation>Ce message n&apos;a pas été écrit dans Seller Composer (ou son brouillon a été supprimé définitivement)&#xa0;: le journal d&apos;envoi n&apos;en garde que l&apos;objet et l&apos;empreinte.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="414"/>
        <source>Which order?</source>
        <translation>Quelle commande&#xa0;?</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="415"/>
        <source>Fill in the order ID in the header first; the record is kept for that order.</source>
        <translation>Saisissez d&apos;abord le numéro de commande dans l&apos;en-tête&#xa0;; l&apos;information est enregistrée pour cette commande.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="419"/>
        <source>Request a Review</source>
        <translation>Demander un avis</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="420"/>
        <source>Record that you used Amazon&apos;s Request a Review button for order %1? Amazon allows one review request per order, so Seller Composer will then block a review or feedback request in a message for it.</source>
        <translation>Enregistrer que vous avez utilisé le bouton «&#xa0;Demander un avis&#xa0;» d&apos;Amazon pour la commande %1&#xa0;? Amazon autorise une seule demande de commentaire par commande&#xa0;: Seller Composer bloquera donc toute demande de commentaire ou d&apos;évaluation dans un message pour cette commande.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="429"/>
        <source>Recorded Request a Review for %1.</source>
        <translation>«&#xa0;Demander un avis&#xa0;» enregistré pour %1.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="431"/>
        <source>This order already had a request on %1.</source>
        <translation>Une demande a déjà été faite pour cette commande le %1.</translation>
    </message>
</context>
<context>
    <name>InboxWords</name>
    <message>
        <location filename="../composer/ui/inboxview.py" line="125"/>
        <source>Late by %1</source>
        <translation>En retard de %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="126"/>
        <source>%1 left to reply</source>
        <translation>Encore %1 pour répondre</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="131"/>
        <source>Answered (%1, %2)</source>
        <translation>Répondu (%1, %2)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="132"/>
        <source>Answered %1</source>
        <translation>Répondu le %1</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="25"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="28"/>
        <location filename="../composer/ui/languagechoice.py" line="66"/>
        <source>Language of the app</source>
        <translation>Langue de l&apos;application</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="29"/>
        <source>The language of menus, messages and checks in Seller Composer. The buyer&apos;s language is chosen in each message.</source>
        <translation>La langue des menus, des messages et des contrôles de Seller Composer. La langue de l&apos;acheteur se choisit dans chaque message.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="37"/>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Langue de l&apos;application&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="39"/>
        <source>Takes effect the next time Seller Composer starts. It does not change the language you write to buyers in.</source>
        <translation>S&apos;applique au prochain démarrage de Seller Composer. Cela ne change pas la langue dans laquelle vous écrivez aux acheteurs.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="67"/>
        <source>Seller Composer will use %1 after a restart.</source>
        <translation>Seller Composer utilisera %1 après un redémarrage.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="69"/>
        <source>Your open draft has been saved. Restart now, and it opens again with the cursor where it was; or later, the next time you start Seller Composer.</source>
        <translation>Votre brouillon ouvert a été enregistré. Redémarrez maintenant : il se rouvre avec le curseur là où il était ; ou plus tard, au prochain démarrage de Seller Composer.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="72"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="74"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
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
        <translation>le fuseau horaire de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../composer/ui/localwords.py" line="82"/>
        <source>Times in %1 (File › Settings › General)</source>
        <translation>Heures en %1 (Fichier › Paramètres › Général)</translation>
    </message>
</context>
<context>
    <name>MailboxCheck</name>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="54"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="55"/>
        <source>Stop checking the mailbox; what was read is kept</source>
        <translation>Arrêter de relever la boîte&#xa0;; ce qui a été lu est conservé</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="56"/>
        <source>Cancel the mailbox check</source>
        <translation>Annuler la relève de la boîte</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="83"/>
        <source>Check mailbox</source>
        <translation>Relever la boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="84"/>
        <source>Password for %1 on %2:</source>
        <translation>Mot de passe de %1 sur %2&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="94"/>
        <source>Checking your mailbox (%1)…</source>
        <translation>Relève de votre boîte (%1)…</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="104"/>
        <source>Stopping the mailbox check…</source>
        <translation>Arrêt de la relève…</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/mailboxcheck.py" line="126"/>
        <source>Checking your mailbox… %Ln new so far</source>
        <translation>
            <numerusform>Relève de votre boîte… %Ln nouveau pour l&apos;instant</numerusform>
            <numerusform>Relève de votre boîte… %Ln nouveaux pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="133"/>
        <source>The new e-mails could not be stored: %1</source>
        <translation>Les nouveaux e-mails n&apos;ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="150"/>
        <source>The mailbox could not be checked (%1); you can keep working.</source>
        <translation>La boîte n&apos;a pas pu être relevée (%1)&#xa0;; vous pouvez continuer à travailler.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="50"/>
        <source>The message exactly as the buyer will receive it (Ctrl+Shift+B)</source>
        <translation>Le message exactement tel que l&apos;acheteur le recevra (Ctrl+Maj+B)</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="98"/>
        <source>Write</source>
        <translation>Rédiger</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="99"/>
        <source>Write and format the message</source>
        <translation>Rédiger et mettre en forme le message</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="100"/>
        <location filename="../composer/ui/mainwindow.py" line="198"/>
        <source>Buyer&apos;s view</source>
        <translation>Vue de l&apos;acheteur</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="475"/>
        <source>Your draft could not be saved</source>
        <translation>Votre brouillon n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="476"/>
        <source>Saving failed: {error}

Close anyway? Your last changes would be lost.</source>
        <translation>L&apos;enregistrement a échoué&#xa0;: {error}

Fermer quand même&#xa0;? Vos dernières modifications seraient perdues.</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="28"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="31"/>
        <source>&amp;New Draft</source>
        <translation>&amp;Nouveau brouillon</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="32"/>
        <source>Start a new, empty message</source>
        <translation>Commencer un nouveau message vide</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="33"/>
        <source>New from &amp;Template…</source>
        <translation>Nouveau depuis un &amp;modèle…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="34"/>
        <source>Start from a compliant template in the buyer&apos;s language</source>
        <translation>Partir d&apos;un modèle conforme dans la langue de l&apos;acheteur</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="35"/>
        <source>&amp;Open Message File…</source>
        <translation>&amp;Ouvrir un fichier de message…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="36"/>
        <source>Open an HTML or text file as a new draft, with its formatting</source>
        <translation>Ouvrir un fichier HTML ou texte comme nouveau brouillon, avec sa mise en forme</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="41"/>
        <source>&amp;Duplicate Draft</source>
        <translation>&amp;Dupliquer le brouillon</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="42"/>
        <source>Make a copy of this draft</source>
        <translation>Faire une copie de ce brouillon</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="43"/>
        <source>&amp;Rename Draft…</source>
        <translation>&amp;Renommer le brouillon…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="44"/>
        <source>Give this draft a name in the list</source>
        <translation>Donner un nom à ce brouillon dans la liste</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="45"/>
        <source>Save as Te&amp;mplate…</source>
        <translation>Enre&amp;gistrer comme modèle…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="46"/>
        <source>Keep this message as one of your templates</source>
        <translation>Garder ce message parmi vos modèles</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="47"/>
        <source>Move Draft to Tras&amp;h</source>
        <translation>Mettre le brouillon à la &amp;corbeille</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="48"/>
        <source>Delete this draft (it can be restored)</source>
        <translation>Supprimer ce brouillon (il peut être restauré)</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="50"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="52"/>
        <source>Business name, orders per day, time zone and how messages are sent</source>
        <translation>Nom commercial, commandes par jour, fuseau horaire et mode d&apos;envoi des messages</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="57"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="61"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="66"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="67"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="68"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="69"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="77"/>
        <source>Fo&amp;rmat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="84"/>
        <source>V&amp;iew</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="94"/>
        <source>Se&amp;nd</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="85"/>
        <source>&amp;Buyer&apos;s View</source>
        <translation>Vue de l&apos;&amp;acheteur</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="88"/>
        <source>Switch between writing and the buyer&apos;s view</source>
        <translation>Basculer entre la rédaction et la vue de l&apos;acheteur</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="96"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
</context>
<context>
    <name>NotADialog</name>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="33"/>
        <source>Send these words as they are?</source>
        <translation>Envoyer ces mots tels quels&#xa0;?</translation>
    </message>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="36"/>
        <source>Seller Composer reads these words as a problem that blocks sending:</source>
        <translation>Seller Composer voit dans ces mots un problème qui bloque l&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="39"/>
        <source>Seller Composer reads these words as a problem that blocks sending.</source>
        <translation>Seller Composer voit dans ces mots un problème qui bloque l&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="53"/>
        <source>This is not {noun}</source>
        <translation>Ce n&apos;est pas {noun}</translation>
    </message>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="64"/>
        <source>Ignore here</source>
        <translation>Ignorer ici</translation>
    </message>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="66"/>
        <source>Keep checking it</source>
        <translation>Continuer à vérifier</translation>
    </message>
</context>
<context>
    <name>OrderFigures</name>
    <message>
        <location filename="../composer/ui/orderimport.py" line="59"/>
        <source> (%1, rounded down so the limit is never too high)</source>
        <translation> (%1, arrondi à l&apos;inférieur pour que la limite ne soit jamais trop haute)</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/orderimport.py" line="61"/>
        <source>&lt;b&gt;%1 orders a day&lt;/b&gt;%2: %Ln order(s) from %3 to %4 (%5 days, today left out because it is not over).</source>
        <translation>
            <numerusform>&lt;b&gt;%1 commandes par jour&lt;/b&gt;%2&#xa0;: %Ln commande du %3 au %4 (%5 jours, sans aujourd&apos;hui car la journée n&apos;est pas finie).</numerusform>
            <numerusform>&lt;b&gt;%1 commandes par jour&lt;/b&gt;%2&#xa0;: %Ln commandes du %3 au %4 (%5 jours, sans aujourd&apos;hui car la journée n&apos;est pas finie).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="67"/>
        <source>Your daily message limit would be (%1 × 5) + 600 = &lt;b&gt;%2&lt;/b&gt; messages.</source>
        <translation>Votre limite quotidienne de messages serait de (%1 × 5) + 600 = &lt;b&gt;%2&lt;/b&gt; messages.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/orderimport.py" line="72"/>
        <source>The report has %Ln line(s) with orders from %1 to %2; an order with several items is counted once.</source>
        <translation>
            <numerusform>Le rapport compte %Ln ligne, avec des commandes du %1 au %2&#xa0;; une commande de plusieurs articles compte une fois.</numerusform>
            <numerusform>Le rapport compte %Ln lignes, avec des commandes du %1 au %2&#xa0;; une commande de plusieurs articles compte une fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/orderimport.py" line="76"/>
        <source>The report has %Ln line(s); an order with several items is counted once.</source>
        <translation>
            <numerusform>Le rapport compte %Ln ligne&#xa0;; une commande de plusieurs articles compte une fois.</numerusform>
            <numerusform>Le rapport compte %Ln lignes&#xa0;; une commande de plusieurs articles compte une fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/orderimport.py" line="79"/>
        <source>%Ln cancelled order(s) left out.</source>
        <translation>
            <numerusform>%Ln commande annulée non comptée.</numerusform>
            <numerusform>%Ln commandes annulées non comptées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImportDialog</name>
    <message>
        <location filename="../composer/ui/orderimport.py" line="99"/>
        <source>Import your order report</source>
        <translation>Importer votre rapport de commandes</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="108"/>
        <source>In Seller Central, open &lt;b&gt;Reports › Fulfilment › All Orders&lt;/b&gt;, download the report for at least the last 30 days as a text file, and choose it here. Seller Composer counts your orders; nothing is sent anywhere.</source>
        <translation>Dans Seller Central, ouvrez &lt;b&gt;Rapports › Expédition › Toutes les commandes&lt;/b&gt;, téléchargez le rapport d&apos;au moins les 30 derniers jours sous forme de fichier texte, puis choisissez-le ici. Seller Composer compte vos commandes&#xa0;; rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="116"/>
        <source>No report chosen</source>
        <translation>Aucun rapport choisi</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="117"/>
        <source>Order report file</source>
        <translation>Fichier du rapport de commandes</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="118"/>
        <source>&amp;Choose report…</source>
        <translation>&amp;Choisir le rapport…</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="123"/>
        <source>Average over:</source>
        <translation>Moyenne sur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="124"/>
        <source>the last &amp;7 days</source>
        <translation>les &amp;7 derniers jours</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="125"/>
        <source>the last &amp;30 days</source>
        <translation>les &amp;30 derniers jours</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="136"/>
        <source>Figures used</source>
        <translation>Chiffres utilisés</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="140"/>
        <source>&amp;Use this average</source>
        <translation>&amp;Utiliser cette moyenne</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="156"/>
        <source>Choose the All Orders report</source>
        <translation>Choisir le rapport «&#xa0;Toutes les commandes&#xa0;»</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="157"/>
        <source>Amazon order reports (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>Rapports de commandes Amazon (*.txt *.tsv *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="167"/>
        <source>Reading the report…</source>
        <translation>Lecture du rapport…</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="182"/>
        <source>The report could not be read: %1</source>
        <translation>Le rapport n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PasteReport</name>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="47"/>
        <source>colours</source>
        <translation>couleurs</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="48"/>
        <source>fonts</source>
        <translation>polices</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="49"/>
        <source>text sizes</source>
        <translation>tailles de texte</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="50"/>
        <source>alignment</source>
        <translation>alignement</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="51"/>
        <source>highlighting</source>
        <translation>surlignage</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="52"/>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="53"/>
        <source>links</source>
        <translation>liens</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="54"/>
        <source>tables</source>
        <translation>tableaux</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="68"/>
        <source>Pasted without {items}: Amazon does not allow them in messages.</source>
        <translation>Collé sans {items}&#xa0;: Amazon ne les autorise pas dans les messages.</translation>
    </message>
</context>
<context>
    <name>PlaceholderFill</name>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="142"/>
        <source>Changed “{old}” to “{new}” in the message (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>«&#xa0;{old}&#xa0;» remplacé par «&#xa0;{new}&#xa0;» dans le message (%n endroit). Ctrl+Z dans le message annule.</numerusform>
            <numerusform>«&#xa0;{old}&#xa0;» remplacé par «&#xa0;{new}&#xa0;» dans le message (%n endroits). Ctrl+Z dans le message annule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="145"/>
        <source>Changed “{old}” to “{new}” in the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>«&#xa0;{old}&#xa0;» remplacé par «&#xa0;{new}&#xa0;» dans l&apos;objet (%n endroit). Ctrl+Z dans le message annule.</numerusform>
            <numerusform>«&#xa0;{old}&#xa0;» remplacé par «&#xa0;{new}&#xa0;» dans l&apos;objet (%n endroits). Ctrl+Z dans le message annule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="147"/>
        <source>Changed “{old}” to “{new}” in the message and the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>«&#xa0;{old}&#xa0;» remplacé par «&#xa0;{new}&#xa0;» dans le message et l&apos;objet (%n endroit). Ctrl+Z dans le message annule.</numerusform>
            <numerusform>«&#xa0;{old}&#xa0;» remplacé par «&#xa0;{new}&#xa0;» dans le message et l&apos;objet (%n endroits). Ctrl+Z dans le message annule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="154"/>
        <source>Put the order ID into the message (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Le numéro de commande a été inséré dans le message (%n endroit). Ctrl+Z dans le message annule.</numerusform>
            <numerusform>Le numéro de commande a été inséré dans le message (%n endroits). Ctrl+Z dans le message annule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="157"/>
        <source>Put the order ID into the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Le numéro de commande a été inséré dans l&apos;objet (%n endroit). Ctrl+Z dans le message annule.</numerusform>
            <numerusform>Le numéro de commande a été inséré dans l&apos;objet (%n endroits). Ctrl+Z dans le message annule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="159"/>
        <source>Put the order ID into the message and the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Le numéro de commande a été inséré dans le message et l&apos;objet (%n endroit). Ctrl+Z dans le message annule.</numerusform>
            <numerusform>Le numéro de commande a été inséré dans le message et l&apos;objet (%n endroits). Ctrl+Z dans le message annule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="163"/>
        <source>Put the product&apos;s name into the message (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Le nom du produit a été inséré dans le message (%n endroit). Ctrl+Z dans le message annule.</numerusform>
            <numerusform>Le nom du produit a été inséré dans le message (%n endroits). Ctrl+Z dans le message annule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="166"/>
        <source>Put the product&apos;s name into the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Le nom du produit a été inséré dans l&apos;objet (%n endroit). Ctrl+Z dans le message annule.</numerusform>
            <numerusform>Le nom du produit a été inséré dans l&apos;objet (%n endroits). Ctrl+Z dans le message annule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="168"/>
        <source>Put the product&apos;s name into the message and the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Le nom du produit a été inséré dans le message et l&apos;objet (%n endroit). Ctrl+Z dans le message annule.</numerusform>
            <numerusform>Le nom du produit a été inséré dans le message et l&apos;objet (%n endroits). Ctrl+Z dans le message annule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="172"/>
        <source>Put the delivery date into the message (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>La date de livraison a été insérée dans le message (%n endroit). Ctrl+Z dans le message annule.</numerusform>
            <numerusform>La date de livraison a été insérée dans le message (%n endroits). Ctrl+Z dans le message annule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="175"/>
        <source>Put the delivery date into the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>La date de livraison a été insérée dans l&apos;objet (%n endroit). Ctrl+Z dans le message annule.</numerusform>
            <numerusform>La date de livraison a été insérée dans l&apos;objet (%n endroits). Ctrl+Z dans le message annule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="177"/>
        <source>Put the delivery date into the message and the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>La date de livraison a été insérée dans le message et l&apos;objet (%n endroit). Ctrl+Z dans le message annule.</numerusform>
            <numerusform>La date de livraison a été insérée dans le message et l&apos;objet (%n endroits). Ctrl+Z dans le message annule.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewBrowser</name>
    <message>
        <location filename="../composer/ui/buyerview.py" line="61"/>
        <source>Buyer&apos;s view of the message</source>
        <translation>Le message tel que le voit l&apos;acheteur</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="91"/>
        <source>Picture (not loaded in the preview)</source>
        <translation>Image (non chargée dans l&apos;aperçu)</translation>
    </message>
</context>
<context>
    <name>QuotaMeter</name>
    <message>
        <location filename="../composer/ui/quotameter.py" line="24"/>
        <source> · nearly used up</source>
        <translation> · presque épuisé</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="25"/>
        <source> · limit reached</source>
        <translation> · limite atteinte</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="35"/>
        <source>Today {used} / {limit} messages</source>
        <translation>Aujourd&apos;hui {used} / {limit} messages</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="46"/>
        <source>({orders} orders a day × {per_order}) + {base} = {limit} messages a day</source>
        <translation>({orders} commandes par jour × {per_order}) + {base} = {limit} messages par jour</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="50"/>
        <source>{orders} orders a day × {per_order} = {product}, rounded down to {whole}, + {base} = {limit} messages a day</source>
        <translation>{orders} commandes par jour × {per_order} = {product}, arrondi à {whole}, + {base} = {limit} messages par jour</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="64"/>
        <source>your computer&apos;s time zone</source>
        <translation>fuseau horaire de votre ordinateur</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="66"/>
        <source>&lt;b&gt;Amazon&apos;s daily message limit&lt;/b&gt;: (average orders per day × {per_order}) + {base}.</source>
        <translation>&lt;b&gt;Limite quotidienne de messages d&apos;Amazon&lt;/b&gt;&#xa0;: (moyenne des commandes par jour × {per_order}) + {base}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="68"/>
        <source>Yours: {formula}.</source>
        <translation>La vôtre&#xa0;: {formula}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="69"/>
        <source>Sent today (since midnight, {zone}): {used}; left: {left}.</source>
        <translation>Envoyés aujourd&apos;hui (depuis minuit, {zone})&#xa0;: {used}&#xa0;; restants&#xa0;: {left}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="74"/>
        <source>Your average orders per day is not set, so this is Amazon&apos;s base limit.</source>
        <translation>Votre moyenne de commandes par jour n&apos;est pas renseignée&#xa0;: c&apos;est donc la limite de base d&apos;Amazon.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="77"/>
        <source>Amazon does not deliver messages past the limit: sending is refused until tomorrow.</source>
        <translation>Amazon ne distribue pas les messages au-delà de la limite&#xa0;: l&apos;envoi est refusé jusqu&apos;à demain.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="79"/>
        <source>Click to change your average orders per day or import your order report.</source>
        <translation>Cliquez pour modifier votre moyenne de commandes par jour ou importer votre rapport de commandes.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="94"/>
        <source>Messages sent today</source>
        <translation>Messages envoyés aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="114"/>
        <source>The sent log could not be read: {error}</source>
        <translation>Le journal d&apos;envoi n&apos;a pas pu être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="133"/>
        <source>{meter}. {left} left today.</source>
        <translation>{meter}. Encore {left} aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <location filename="../composer/ui/translations.py" line="122"/>
        <source>“{text}”</source>
        <translation>«&#xa0;{text}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ReceivingSettingsPage</name>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="26"/>
        <source>SSL/TLS (usually port 993)</source>
        <translation>SSL/TLS (généralement port 993)</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="28"/>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (généralement port 143)</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="48"/>
        <source>Optional: let Messages › Check Mailbox fetch buyers&apos; messages from the mailbox of the address registered with your seller account. Only e-mails from Amazon are read; nothing is marked as read, moved or deleted.</source>
        <translation>Facultatif&#xa0;: Messages › Relever la boîte aux lettres récupère les messages des acheteurs dans la boîte de l&apos;adresse enregistrée sur votre compte vendeur. Seuls les e-mails d&apos;Amazon sont lus&#xa0;; rien n&apos;est marqué comme lu, déplacé ni supprimé.</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="75"/>
        <source>Remember it in the system keychain</source>
        <translation>Le mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="78"/>
        <source>Incoming mail &amp;server:</source>
        <translation>&amp;Serveur de réception&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="79"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="80"/>
        <source>Securit&amp;y:</source>
        <translation>Sécur&amp;ité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="81"/>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="82"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="83"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="102"/>
        <source>Leave empty to keep the saved one</source>
        <translation>Laisser vide pour garder celui enregistré</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="103"/>
        <source>Your mailbox&apos;s password (none saved yet)</source>
        <translation>Mot de passe de votre boîte aux lettres (aucun enregistré)</translation>
    </message>
</context>
<context>
    <name>ReplyLink</name>
    <message>
        <location filename="../composer/ui/replylink.py" line="58"/>
        <source>Undo the link to the buyer&apos;s message</source>
        <translation>Annuler le lien avec le message de l&apos;acheteur</translation>
    </message>
    <message>
        <location filename="../composer/ui/replylink.py" line="73"/>
        <source>Link to the buyer&apos;s message from %1</source>
        <translation>Lier au message de l&apos;acheteur du %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/replylink.py" line="76"/>
        <source>Makes this draft the reply to that message, as Reply does: the e-mail answers it, and the message counts as answered once this one leaves.</source>
        <translation>Fait de ce brouillon la réponse à ce message, comme Répondre : l&apos;e-mail y répond, et le message compte comme traité dès que celui-ci part.</translation>
    </message>
    <message>
        <location filename="../composer/ui/replylink.py" line="104"/>
        <source>Linked: this draft now answers the buyer&apos;s message. The same button undoes it.</source>
        <translation>Lié : ce brouillon répond maintenant au message de l&apos;acheteur. Le même bouton annule le lien.</translation>
    </message>
    <message>
        <location filename="../composer/ui/replylink.py" line="121"/>
        <source>The draft is no longer linked to the buyer&apos;s message.</source>
        <translation>Le brouillon n&apos;est plus lié au message de l&apos;acheteur.</translation>
    </message>
</context>
<context>
    <name>RulesChangesDialog</name>
    <message>
        <location filename="../composer/ui/ruleschanges.py" line="17"/>
        <location filename="../composer/ui/ruleschanges.py" line="32"/>
        <source>What changed in Amazon&apos;s rules</source>
        <translation>Ce qui a changé dans les règles d&apos;Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/ruleschanges.py" line="20"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../composer/ui/ruleschanges.py" line="22"/>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <location filename="../composer/ui/sendflow.py" line="34"/>
        <source>Saved in the Outbox; it will go out when the connection returns.</source>
        <translation>Enregistré dans la boîte d&apos;envoi&#xa0;; le message partira au retour de la connexion.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="98"/>
        <source>Add your From address (the email registered with Amazon) in Settings › Sending.</source>
        <translation>Indiquez votre adresse d&apos;expéditeur (l&apos;e-mail enregistré chez Amazon) dans Paramètres › Envoi.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="102"/>
        <source>Set up sending first</source>
        <translation>Configurez d&apos;abord l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="122"/>
        <source>Email password</source>
        <translation>Mot de passe e-mail</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="123"/>
        <source>Password for {user} on {server}.</source>
        <translation>Mot de passe de {user} sur {server}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="130"/>
        <source>Already sending</source>
        <translation>Envoi déjà en cours</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="131"/>
        <source>Wait until the message being sent is done.</source>
        <translation>Attendez la fin de l&apos;envoi du message en cours.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="139"/>
        <location filename="../composer/ui/sendflow.py" line="152"/>
        <location filename="../composer/ui/sendflow.py" line="251"/>
        <source>Daily limit reached</source>
        <translation>Limite quotidienne atteinte</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="183"/>
        <location filename="../composer/ui/sendflow.py" line="209"/>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="184"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="185"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="186"/>
        <source>Sending to the buyer</source>
        <translation>Envoi à l&apos;acheteur</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="207"/>
        <source>({number} of {total})</source>
        <translation>({number} sur {total})</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="242"/>
        <source>Sent to the buyer&apos;s Amazon address and added to the sent log.</source>
        <translation>Envoyé à l&apos;adresse Amazon de l&apos;acheteur et ajouté au journal d&apos;envoi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/sendflow.py" line="243"/>
        <source>%n message(s) sent and added to the sent log.</source>
        <translation>
            <numerusform>%n message envoyé et ajouté au journal d&apos;envoi.</numerusform>
            <numerusform>%n messages envoyés et ajoutés au journal d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="255"/>
        <source>A message in the Outbox could not be sent: {error}</source>
        <translation>Un message de la boîte d&apos;envoi n&apos;a pas pu être envoyé&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="259"/>
        <source>Not sent: you cancelled. Your draft is unchanged.</source>
        <translation>Non envoyé&#xa0;: vous avez annulé. Votre brouillon n&apos;a pas changé.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="261"/>
        <source>Stopped. The rest waits in the Outbox.</source>
        <translation>Arrêté. Le reste attend dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="263"/>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="266"/>
        <location filename="../composer/ui/sendflow.py" line="271"/>
        <source>The message was not sent</source>
        <translation>Le message n&apos;a pas été envoyé</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="273"/>
        <source>It waits in the Outbox: fix this, then press “Send now” in the sent log, or delete it there.</source>
        <translation>Il attend dans la boîte d&apos;envoi&#xa0;: corrigez ceci, puis cliquez sur «&#xa0;Envoyer maintenant&#xa0;» dans le journal d&apos;envoi, ou supprimez-le là.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="277"/>
        <source>Today&apos;s message limit is reached. The message waits in the Outbox and goes out tomorrow, when the limit frees up.</source>
        <translation>La limite de messages du jour est atteinte. Le message attend dans la boîte d&apos;envoi et partira demain, quand la limite se libérera.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="293"/>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
</context>
<context>
    <name>SendingSettingsPage</name>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="41"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (généralement port 587)</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="43"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (généralement port 465)</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="45"/>
        <source>None (local relay only)</source>
        <translation>Aucune (relais local uniquement)</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="57"/>
        <source>Your password is kept in %1, which the system protects. Seller Composer never writes it to a file.</source>
        <translation>Votre mot de passe est conservé dans %1, que le système protège. Seller Composer ne l&apos;écrit jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="61"/>
        <source>The only keyring found on this computer keeps passwords in a file (%1), so Seller Composer does not use it: it asks for your password once each time it starts and keeps it only in memory, never in a file.</source>
        <translation>Le seul trousseau trouvé sur cet ordinateur conserve les mots de passe dans un fichier (%1)&#xa0;; Seller Composer ne l&apos;utilise donc pas&#xa0;: il demande votre mot de passe une fois à chaque démarrage et ne le garde qu&apos;en mémoire, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="66"/>
        <source>This computer has no system keychain, so Seller Composer asks for your password once each time it starts and keeps it only in memory, never in a file.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau du système&#xa0;: Seller Composer demande donc votre mot de passe une fois à chaque démarrage et ne le garde qu&apos;en mémoire, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="81"/>
        <source>Optional: send messages straight from Seller Composer through your own email account. You can always copy them into Seller Central instead.</source>
        <translation>Facultatif&#xa0;: envoyez les messages directement depuis Seller Composer avec votre propre compte e-mail. Vous pouvez toujours les copier dans Seller Central à la place.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="90"/>
        <source>Choose to fill in the server…</source>
        <translation>Choisir pour renseigner le serveur…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="93"/>
        <source>Email provider</source>
        <translation>Fournisseur de messagerie</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="99"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="115"/>
        <source>⚠ Your password and messages travel unencrypted: only for a relay on this computer or your own network.</source>
        <translation>⚠ Votre mot de passe et vos messages circulent sans chiffrement : uniquement pour un relais sur cet ordinateur ou sur votre propre réseau.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="119"/>
        <source>Unencrypted connection</source>
        <translation>Connexion non chiffrée</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="126"/>
        <source>Remember it in the system keychain</source>
        <translation>Le mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="129"/>
        <source>Forget the password</source>
        <translation>Oublier le mot de passe</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="141"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="142"/>
        <source>Mail server:</source>
        <translation>Serveur d&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="143"/>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="144"/>
        <source>Security:</source>
        <translation>Sécurité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="145"/>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="146"/>
        <source>From address:</source>
        <translation>Adresse d&apos;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="154"/>
        <source>Use the email address registered with your Amazon seller account. Amazon relays only messages from that address and rejects any other sender.</source>
        <translation>Utilisez l&apos;adresse e-mail enregistrée sur votre compte vendeur Amazon. Amazon ne relaie que les messages venant de cette adresse et refuse tout autre expéditeur.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="160"/>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="161"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="171"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="172"/>
        <source>Connect and sign in to the mail server, without sending anything</source>
        <translation>Se connecter et s&apos;identifier auprès du serveur de messagerie, sans rien envoyer</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="198"/>
        <source>Keep the sent log for:</source>
        <translation>Conserver le journal d&apos;envoi pendant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="199"/>
        <source>Amazon keeps its message records for about two years; older entries are then removed.</source>
        <translation>Amazon conserve ses traces des messages environ deux ans&#xa0;; les entrées plus anciennes sont ensuite supprimées.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="213"/>
        <source>Leave empty to keep the saved one</source>
        <translation>Laisser vide pour garder celui enregistré</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="214"/>
        <location filename="../composer/ui/sendingsettings.py" line="314"/>
        <source>Your mail account&apos;s password (none saved yet)</source>
        <translation>Mot de passe de votre compte de messagerie (aucun enregistré)</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="267"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="268"/>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="289"/>
        <source>✔ Connected and signed in. Sending will work with these settings.</source>
        <translation>✔ Connecté et identifié. L&apos;envoi fonctionnera avec ces paramètres.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="292"/>
        <source>✔ Connected (no sign-in). Sending will work with these settings.</source>
        <translation>✔ Connecté (sans identification). L&apos;envoi fonctionnera avec ces paramètres.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="312"/>
        <source>Forgotten</source>
        <translation>Oublié</translation>
    </message>
</context>
<context>
    <name>SentLog</name>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="141"/>
        <source>Copied for Seller Central: a copy carries no address, so this is the buyer&apos;s address from its draft. Seller Central sends the message to the buyer of the order.</source>
        <translation>Copié pour Seller Central : une copie n&apos;a pas d&apos;adresse, voici donc l&apos;adresse de l&apos;acheteur tirée de son brouillon. Seller Central envoie le message à l&apos;acheteur de la commande.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="145"/>
        <source>Copied for Seller Central: a copy carries no address. Seller Central sends the message to the buyer of the order.</source>
        <translation>Copié pour Seller Central : une copie n&apos;a pas d&apos;adresse. Seller Central envoie le message à l&apos;acheteur de la commande.</translation>
    </message>
</context>
<context>
    <name>SentLogDialog</name>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="48"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="49"/>
        <source>How</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="50"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="51"/>
        <location filename="../composer/ui/sentlogview.py" line="56"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="52"/>
        <location filename="../composer/ui/sentlogview.py" line="57"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="53"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="54"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="55"/>
        <source>Queued</source>
        <translation>Mis en file</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="58"/>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="59"/>
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="60"/>
        <source>Next try</source>
        <translation>Prochain essai</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="75"/>
        <source>When you press Send now</source>
        <translation>Quand vous cliquez sur «&#xa0;Envoyer maintenant&#xa0;»</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="111"/>
        <source>Sent log and Outbox</source>
        <translation>Journal d&apos;envoi et boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="123"/>
        <source>Every message you copied, saved or sent from Seller Composer, newest first. Kept for two years (see Settings › Sending).</source>
        <translation>Chaque message copié, enregistré ou envoyé depuis Seller Composer, du plus récent au plus ancien. Conservé deux ans (voir Paramètres › Envoi).</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="128"/>
        <source>Sent log</source>
        <translation>Journal d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="133"/>
        <source>Double-click a message (or press Enter) to read it and use it as a new draft</source>
        <translation>Double-cliquez sur un message (ou appuyez sur Entrée) pour le lire et le réutiliser comme nouveau brouillon</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="141"/>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="142"/>
        <source>Save the sent log as a spreadsheet file</source>
        <translation>Enregistrer le journal d&apos;envoi comme fichier de tableur</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="146"/>
        <source>&amp;Sent log</source>
        <translation>&amp;Journal d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="153"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="160"/>
        <source>Send &amp;now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="161"/>
        <source>Try to send every waiting message now</source>
        <translation>Essayer d&apos;envoyer maintenant tous les messages en attente</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="163"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="164"/>
        <source>Remove the selected message from the Outbox; it is not sent</source>
        <translation>Retirer le message sélectionné de la boîte d&apos;envoi&#xa0;; il ne sera pas envoyé</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="170"/>
        <location filename="../composer/ui/sentlogview.py" line="227"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="171"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/sentlogview.py" line="200"/>
        <source>%1, with %n ignored problem(s)</source>
        <translation>
            <numerusform>%1, avec %n problème ignoré</numerusform>
            <numerusform>%1, avec %n problèmes ignorés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="202"/>
        <source>You chose to ignore: %1</source>
        <translation>Vous avez choisi d&apos;ignorer&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/sentlogview.py" line="205"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="212"/>
        <source>Not tried yet</source>
        <translation>Pas encore essayé</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="214"/>
        <source>As soon as possible</source>
        <translation>Dès que possible</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="223"/>
        <source>Nothing is waiting.</source>
        <translation>Rien n&apos;est en attente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/sentlogview.py" line="224"/>
        <source>%Ln message(s) waiting to be sent. They go out by themselves when the connection returns, within your daily limit.</source>
        <translation>
            <numerusform>%Ln message attend d&apos;être envoyé. Il partira tout seul quand la connexion reviendra, sans dépasser votre limite quotidienne.</numerusform>
            <numerusform>%Ln messages attendent d&apos;être envoyés. Ils partiront tout seuls quand la connexion reviendra, sans dépasser votre limite quotidienne.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="226"/>
        <source>&amp;Outbox (%1)</source>
        <translation>&amp;Boîte d&apos;envoi (%1)</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="276"/>
        <source>Delete from the Outbox?</source>
        <translation>Supprimer de la boîte d&apos;envoi&#xa0;?</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="277"/>
        <source>“%1” will not be sent and is removed from the Outbox. Your draft is not affected.</source>
        <translation>«&#xa0;%1&#xa0;» ne sera pas envoyé et sera retiré de la boîte d&apos;envoi. Votre brouillon n&apos;est pas modifié.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="279"/>
        <source>This message will not be sent and is removed from the Outbox. Your draft is not affected.</source>
        <translation>Ce message ne sera pas envoyé et sera retiré de la boîte d&apos;envoi. Votre brouillon n&apos;est pas modifié.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="294"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="295"/>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="300"/>
        <source>Export the sent log</source>
        <translation>Exporter le journal d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="302"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>SentMessageDialog</name>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="49"/>
        <source>This is the message as it was sent.</source>
        <translation>Voici le message tel qu&apos;il a été envoyé.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="52"/>
        <source>Its draft was changed after it was copied: this is how the draft reads now, not exactly what was copied.</source>
        <translation>Son brouillon a été modifié après la copie&#xa0;: voici le brouillon tel qu&apos;il est maintenant, pas exactement ce qui a été copié.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="55"/>
        <source>Its draft was changed after it was opened in your email app: this is how the draft reads now, not exactly what your email app got.</source>
        <translation>Son brouillon a été modifié après son ouverture dans votre messagerie&#xa0;: voici le brouillon tel qu&apos;il est maintenant, pas exactement ce que votre messagerie a reçu.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="58"/>
        <source>Its draft was changed after it was saved: this is how the draft reads now, not exactly what the file holds.</source>
        <translation>Son brouillon a été modifié après l&apos;enregistrement&#xa0;: voici le brouillon tel qu&apos;il est maintenant, pas exactement ce que contient le fichier.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="61"/>
        <source>Its draft was changed after it was sent: this is how the draft reads now, not exactly what the buyer got.</source>
        <translation>Son brouillon a été modifié après l&apos;envoi&#xa0;: voici le brouillon tel qu&apos;il est maintenant, pas exactement ce que l&apos;acheteur a reçu.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="66"/>
        <source>Its files were changed after it was copied: the text is as copied, and the files listed above are the ones it had then.</source>
        <translation>Ses fichiers ont été modifiés après la copie&#xa0;: le texte est celui copié, et les fichiers indiqués ci-dessus sont ceux qu&apos;il avait alors.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="69"/>
        <source>Its files were changed after it was opened in your email app: the text is as it was, and the files listed above are the ones it had then.</source>
        <translation>Ses fichiers ont été modifiés après son ouverture dans votre messagerie&#xa0;: le texte est tel qu&apos;il était, et les fichiers indiqués ci-dessus sont ceux qu&apos;il avait alors.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="72"/>
        <source>Its files were changed after it was saved: the text is as saved, and the files listed above are the ones saved with it.</source>
        <translation>Ses fichiers ont été modifiés après l&apos;enregistrement&#xa0;: le texte est celui enregistré, et les fichiers indiqués ci-dessus sont ceux enregistrés avec lui.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="75"/>
        <source>Its files were changed after it was sent: the text is as sent, and the files listed above are the ones it was sent with.</source>
        <translation>Ses fichiers ont été modifiés après l&apos;envoi&#xa0;: le texte est celui envoyé, et les fichiers indiqués ci-dessus sont ceux qui ont été envoyés avec lui.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="80"/>
        <source>The message as copied</source>
        <translation>Le message tel que copié</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="81"/>
        <source>The message as opened in your email app</source>
        <translation>Le message tel qu&apos;ouvert dans votre messagerie</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="82"/>
        <source>The message as saved</source>
        <translation>Le message tel qu&apos;enregistré</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="87"/>
        <source>To attach in Seller Central:</source>
        <translation>À joindre dans Seller Central&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="88"/>
        <source>To attach in your email app:</source>
        <translation>À joindre dans votre messagerie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="91"/>
        <source>The sent log keeps only the details of a message, not its text, and this message&apos;s draft no longer exists.</source>
        <translation>Le journal d&apos;envoi ne garde que les détails d&apos;un message, pas son texte, et le brouillon de ce message n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="94"/>
        <source>Amazon&apos;s Request a Review button</source>
        <translation>Le bouton «&#xa0;Demander un avis&#xa0;» d&apos;Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="95"/>
        <source>You used Amazon&apos;s own Request a Review button for this order. It is recorded so that no second review request is sent; there is no message to show.</source>
        <translation>Vous avez utilisé le bouton «&#xa0;Demander un avis&#xa0;» d&apos;Amazon pour cette commande. C&apos;est noté pour qu&apos;aucune deuxième demande d&apos;avis ne soit envoyée&#xa0;; il n&apos;y a pas de message à afficher.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="100"/>
        <source>Copied for Seller Central</source>
        <translation>Copié pour Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="101"/>
        <source>Copied formatted</source>
        <translation>Copié avec la mise en forme</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="102"/>
        <source>Opened in the email app</source>
        <translation>Ouvert dans la messagerie</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="103"/>
        <source>Saved as .eml</source>
        <translation>Enregistré en .eml</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="104"/>
        <source>Sent by email</source>
        <translation>Envoyé par e-mail</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="105"/>
        <source>Recorded: Amazon&apos;s Request a Review</source>
        <translation>Noté&#xa0;: «&#xa0;Demander un avis&#xa0;» d&apos;Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="195"/>
        <source>When:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="195"/>
        <source>How:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="193"/>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="39"/>
        <source>Copied message</source>
        <translation>Message copié</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="40"/>
        <source>Message opened in your email app</source>
        <translation>Message ouvert dans votre messagerie</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="41"/>
        <source>Saved message</source>
        <translation>Message enregistré</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="42"/>
        <source>Sent message</source>
        <translation>Message envoyé</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="45"/>
        <source>This is the message as it was copied.</source>
        <translation>Voici le message tel qu&apos;il a été copié.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="46"/>
        <source>This is the message as it was opened in your email app.</source>
        <translation>Voici le message tel qu&apos;il a été ouvert dans votre messagerie.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="48"/>
        <source>This is the message as it was saved.</source>
        <translation>Voici le message tel qu&apos;il a été enregistré.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="196"/>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="197"/>
        <source>Order:</source>
        <translation>Commande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="198"/>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="90"/>
        <source>Files:</source>
        <translation>Fichiers&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="200"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="83"/>
        <source>The message as sent</source>
        <translation>Le message tel qu&apos;envoyé</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="230"/>
        <source>&amp;Use as a new draft</source>
        <translation>&amp;Réutiliser comme nouveau brouillon</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="231"/>
        <source>Start a new draft with this message&apos;s header and text</source>
        <translation>Commencer un nouveau brouillon avec l&apos;en-tête et le texte de ce message</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="235"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="46"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="56"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="59"/>
        <source>&amp;HTML whitelist</source>
        <translation>Liste &amp;HTML autorisée</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="70"/>
        <source>&amp;Sending</source>
        <translation>&amp;Envoi</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="71"/>
        <source>&amp;Receiving</source>
        <translation>&amp;Réception</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="94"/>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="125"/>
        <source>Business name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="126"/>
        <source>The name buyers see. Amazon blocks names with a web suffix such as .com, or names that could be mistaken for Amazon.</source>
        <translation>Le nom que voient les acheteurs. Amazon bloque les noms avec une extension web comme .com, ou qui pourraient être confondus avec Amazon.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="128"/>
        <source>Average orders per day</source>
        <translation>Moyenne de commandes par jour</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="129"/>
        <source>Used for your daily message limit: (orders per day × 5) + 600.</source>
        <translation>Sert à calculer votre limite quotidienne de messages&#xa0;: (commandes par jour × 5) + 600.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="130"/>
        <source>Time zone for “today”</source>
        <translation>Fuseau horaire pour «&#xa0;aujourd&apos;hui&#xa0;»</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="131"/>
        <source>Your message count starts again at midnight in this time zone, for example Europe/London. Leave it empty to use this computer&apos;s time zone.</source>
        <translation>Votre compte de messages repart à zéro à minuit dans ce fuseau horaire, par exemple Europe/Paris. Laissez vide pour utiliser le fuseau horaire de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="139"/>
        <source>&amp;Import from Amazon&apos;s order report…</source>
        <translation>&amp;Importer depuis le rapport de commandes d&apos;Amazon…</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="140"/>
        <source>Work out your average orders per day from the All Orders report you download from Seller Central.</source>
        <translation>Calculer votre moyenne de commandes par jour à partir du rapport «&#xa0;Toutes les commandes&#xa0;» téléchargé depuis Seller Central.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="180"/>
        <source>Seller Composer&apos;s own conservative list.</source>
        <translation>La liste prudente propre à Seller Composer.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="191"/>
        <source>In use: your own list, %1</source>
        <translation>Utilisée&#xa0;: votre propre liste, %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="193"/>
        <source>In use: the list that comes with Seller Composer (version %1).</source>
        <translation>Utilisée&#xa0;: la liste fournie avec Seller Composer (version %1).</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="196"/>
        <source>Tags kept: %1</source>
        <translation>Balises conservées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="197"/>
        <source>Attributes kept:</source>
        <translation>Attributs conservés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="200"/>
        <source>Web addresses: only %1://</source>
        <translation>Adresses web&#xa0;: uniquement %1://</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="202"/>
        <source>Everything else is removed before sending; the words inside are kept.</source>
        <translation>Tout le reste est retiré avant l&apos;envoi&#xa0;; les mots qu&apos;il contient sont conservés.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="206"/>
        <source>Whitelist</source>
        <translation>Liste autorisée</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="210"/>
        <source>Make my own &amp;copy to edit</source>
        <translation>Faire ma propre &amp;copie à modifier</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="211"/>
        <source>Copies the list into your data folder as whitelist.json. Edit it with a text editor; Seller Composer reads it next time.</source>
        <translation>Copie la liste dans votre dossier de données sous le nom whitelist.json. Modifiez-la avec un éditeur de texte&#xa0;; Seller Composer la lira la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="217"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Ouvrir le dossier de données</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="232"/>
        <source>The copy could not be made: %1</source>
        <translation>La copie n&apos;a pas pu être faite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="236"/>
        <source>Copied to %1</source>
        <translation>Copiée dans %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="275"/>
        <source>This computer&apos;s time zone (type a city to search)</source>
        <translation>Fuseau horaire de cet ordinateur (tapez une ville pour chercher)</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="276"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="305"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="30"/>
        <source>Looking for suggestions…</source>
        <translation>Recherche de suggestions…</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="31"/>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="64"/>
        <source>Add “{word}” to dictionary</source>
        <translation>Ajouter «&#xa0;{word}&#xa0;» au dictionnaire</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="66"/>
        <source>Never flag this word again (kept in your data folder)</source>
        <translation>Ne plus jamais signaler ce mot (conservé dans votre dossier de données)</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="69"/>
        <source>Ignore here</source>
        <translation>Ignorer ici</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="70"/>
        <source>Hide this one mistake; the word is still checked elsewhere</source>
        <translation>Masquer cette seule faute&#xa0;; le mot reste vérifié ailleurs</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="107"/>
        <source>Replace “{word}” with “{suggestion}”</source>
        <translation>Remplacer «&#xa0;{word}&#xa0;» par «&#xa0;{suggestion}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="130"/>
        <source>Change to “{word}”</source>
        <translation>Remplacer par «&#xa0;{word}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SpellingSupport</name>
    <message>
        <location filename="../composer/ui/spellingsupport.py" line="54"/>
        <source>“{word}” could not be added to your dictionary ({error}).</source>
        <translation>«&#xa0;{word}&#xa0;» n&apos;a pas pu être ajouté à votre dictionnaire ({error}).</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellingsupport.py" line="58"/>
        <source>Added “{word}” to your dictionary.</source>
        <translation>«&#xa0;{word}&#xa0;» a été ajouté à votre dictionnaire.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../composer/ui/statusline.py" line="98"/>
        <source>Character count</source>
        <translation>Nombre de caractères</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="204"/>
        <source> (Amazon may cut long replies)</source>
        <translation> (Amazon peut couper les réponses longues)</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="210"/>
        <source>Rules dated {date}</source>
        <translation>Règles du {date}</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="211"/>
        <source>The date of the policy rules this copy of Seller Composer checks against. They are summarised from Amazon&apos;s guidelines.</source>
        <translation>La date des règles utilisées par cette copie de Seller Composer. Elles résument les directives d&apos;Amazon.</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="40"/>
        <source>Your drafts are open read-only, so nothing can be changed or saved. Select text and copy it (Ctrl+C) to use it elsewhere.</source>
        <translation>Vos brouillons sont ouverts en lecture seule&#xa0;: rien ne peut être modifié ni enregistré. Sélectionnez du texte et copiez-le (Ctrl+C) pour l&apos;utiliser ailleurs.</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="76"/>
        <source>Your drafts</source>
        <translation>Vos brouillons</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="92"/>
        <source>Where:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="96"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="103"/>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="124"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="128"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="129"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="181"/>
        <source>Your drafts could not be opened: %1</source>
        <translation>Vos brouillons n&apos;ont pas pu être ouverts&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="268"/>
        <source>Your drafts file was repaired</source>
        <translation>Votre fichier de brouillons a été réparé</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="271"/>
        <source>A new drafts file was started</source>
        <translation>Un nouveau fichier de brouillons a été créé</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="297"/>
        <source>There are no drafts in this file.</source>
        <translation>Ce fichier ne contient aucun brouillon.</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="334"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="381"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; Your drafts are open for reading only because %1. You can read them and copy their text; nothing can be changed or saved until the problem is fixed and Seller Composer is started again.</source>
        <translation>&lt;b&gt;Lecture seule.&lt;/b&gt; Vos brouillons sont ouverts en lecture seule (raison&#xa0;: %1). Vous pouvez les lire et copier leur texte&#xa0;; rien ne peut être modifié ni enregistré tant que le problème n&apos;est pas résolu et que Seller Composer n&apos;a pas été redémarré.</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="387"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; Your drafts are open for reading only. You can read them and copy their text; nothing can be changed or saved until the problem is fixed and Seller Composer is started again.</source>
        <translation>&lt;b&gt;Lecture seule.&lt;/b&gt; Vos brouillons sont ouverts en lecture seule. Vous pouvez les lire et copier leur texte&#xa0;; rien ne peut être modifié ni enregistré tant que le problème n&apos;est pas résolu et que Seller Composer n&apos;a pas été redémarré.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="186"/>
        <source>Edit template</source>
        <translation>Modifier le modèle</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="193"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="194"/>
        <source>&amp;Subject:</source>
        <translation>Ob&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="196"/>
        <source>Text (placeholders such as {order_id}, {product} and {seller_name} are filled in when the template is used):</source>
        <translation>Texte (les champs du modèle comme {order_id}, {product} et {seller_name} sont remplis quand le modèle est utilisé)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="201"/>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="40"/>
        <source>New from a template</source>
        <translation>Nouveau depuis un modèle</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="49"/>
        <source>Each built-in template is written to pass Amazon&apos;s rules. Parts in {braces} are filled from the header and Settings when known; fill in the rest before sending.</source>
        <translation>Chaque modèle fourni est rédigé pour respecter les règles d&apos;Amazon. Les parties entre {accolades} sont remplies depuis l&apos;en-tête et les Paramètres quand elles sont connues&#xa0;; complétez le reste avant l&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="57"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="63"/>
        <source>Template preview</source>
        <translation>Aperçu du modèle</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="69"/>
        <source>&amp;Use template</source>
        <translation>&amp;Utiliser le modèle</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="71"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="72"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="88"/>
        <source>Your templates</source>
        <translation>Vos modèles</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="100"/>
        <source>{language} — the buyer&apos;s language</source>
        <translation>{language} — langue de l&apos;acheteur</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="125"/>
        <source>Choose a template on the left.</source>
        <translation>Choisissez un modèle à gauche.</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="131"/>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="131"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="132"/>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="165"/>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="166"/>
        <source>Delete your template “{name}”? Drafts made from it are not affected.</source>
        <translation>Supprimer votre modèle «&#xa0;{name}&#xa0;»&#xa0;? Les brouillons créés à partir de ce modèle ne sont pas touchés.</translation>
    </message>
</context>
<context>
    <name>TypeFiles</name>
    <message>
        <location filename="../composer/ui/typefiles.py" line="64"/>
        <source>“{type}” messages take no files. To attach one, choose a type that takes files, such as Invoice or Warranty information.</source>
        <translation>Les messages «&#xa0;{type}&#xa0;» n&apos;acceptent aucun fichier. Pour joindre un fichier, choisissez un type qui en accepte, comme «&#xa0;Facture&#xa0;» ou «&#xa0;Informations de garantie&#xa0;».</translation>
    </message>
</context>
<context>
    <name>UndoNote</name>
    <message>
        <location filename="../composer/ui/statusline.py" line="72"/>
        <source>The file itself is not deleted. Ctrl+Z also brings it back.</source>
        <translation>Le fichier lui-même n’est pas supprimé. Ctrl+Z le remet aussi.</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="74"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>WindowExtras</name>
    <message>
        <location filename="../composer/ui/windowextras.py" line="33"/>
        <source>Paste as Plain Te&amp;xt</source>
        <translation>Coller en te&amp;xte brut</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="36"/>
        <source>Paste the words only, without any formatting</source>
        <translation>Coller uniquement les mots, sans mise en forme</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="44"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="46"/>
        <source>Find words in the message</source>
        <translation>Rechercher des mots dans le message</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="51"/>
        <source>&amp;Quick guide</source>
        <translation>&amp;Guide rapide</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="52"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="54"/>
        <source>&amp;Policy rules</source>
        <translation>Règ&amp;les</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="56"/>
        <source>&amp;About Seller Composer</source>
        <translation>À &amp;propos de Seller Composer</translation>
    </message>
</context>
<context>
    <name>_CharacterCount</name>
    <message numerus="yes">
        <location filename="../composer/ui/statusline.py" line="37"/>
        <source>%n characters (no limit for this type)</source>
        <translation>
            <numerusform>%n caractère (pas de limite pour ce type)</numerusform>
            <numerusform>%n caractères (pas de limite pour ce type)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/statusline.py" line="41"/>
        <source>%n characters: this type takes no message text</source>
        <translation>
            <numerusform>%n caractère&#xa0;: ce type n&apos;accepte pas de texte</numerusform>
            <numerusform>%n caractères&#xa0;: ce type n&apos;accepte pas de texte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="43"/>
        <source>No message text for this type: Amazon sends its own</source>
        <translation>Pas de texte pour ce type&#xa0;: Amazon envoie le sien</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="46"/>
        <source>{used} / {limit} characters: {over} too many</source>
        <translation>{used} / {limit} caractères&#xa0;: {over} de trop</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="49"/>
        <source>{used} / {limit} characters: nearly full</source>
        <translation>{used} / {limit} caractères&#xa0;: presque plein</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="50"/>
        <source>{used} / {limit} characters</source>
        <translation>{used} / {limit} caractères</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <location filename="../composer/ui/typefiles.py" line="29"/>
        <source>no files</source>
        <translation>aucun fichier</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/typefiles.py" line="31"/>
        <source>needs a file (up to %n)</source>
        <translation>
            <numerusform>fichier requis (%n au plus)</numerusform>
            <numerusform>fichier requis (%n au plus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/typefiles.py" line="32"/>
        <source>up to %n file(s)</source>
        <translation>
            <numerusform>%n fichier au plus</numerusform>
            <numerusform>%n fichiers au plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/typefiles.py" line="37"/>
        <source>Takes no files.</source>
        <translation>N&apos;accepte aucun fichier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/typefiles.py" line="39"/>
        <source>Needs a file; takes up to %n.</source>
        <translation>
            <numerusform>Exige un fichier&#xa0;; en accepte %n au plus.</numerusform>
            <numerusform>Exige un fichier&#xa0;; en accepte %n au plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/typefiles.py" line="40"/>
        <source>Takes up to %n file(s).</source>
        <translation>
            <numerusform>Accepte %n fichier au plus.</numerusform>
            <numerusform>Accepte %n fichiers au plus.</numerusform>
        </translation>
    </message>
</context>
</TS>
