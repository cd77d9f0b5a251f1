<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AttachmentFiles</name>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="166"/>
        <source>“{name}” is attached again, as before the fix.</source>
        <translation>« {name} » est de nouveau joint, comme avant la correction.</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="144"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="145"/>
        <source>Attach “{name}” again, as it was before the fix</source>
        <translation>Joindre de nouveau « {name} », comme avant la correction</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="147"/>
        <source>Undo the fix of {name}</source>
        <translation>Annuler la correction de {name}</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="165"/>
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
        <translation>Aucun fichier joint. Déposez des fichiers ici ou choisissez « Joindre un fichier ». Amazon accepte PDF, Word, texte et images, jusqu&apos;à 10 Mo au total.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="255"/>
        <location filename="../composer/ui/attachmentspanel.py" line="264"/>
        <location filename="../composer/ui/attachmentspanel.py" line="354"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="266"/>
        <source>&amp;Attach file…</source>
        <translation>Joindre un fic&amp;hier…</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="273"/>
        <source>Attachment size used</source>
        <translation>Taille des pièces jointes utilisée</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="281"/>
        <source>Attachment budget</source>
        <translation>Espace des pièces jointes</translation>
    </message>
</context>
<context>
    <name>ComposeController</name>
    <message>
        <location filename="../composer/ui/composecontroller.py" line="439"/>
        <source>{severity}: {title}</source>
        <translation>{severity} : {title}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../composer/ui/datefield.py" line="29"/>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="177"/>
        <location filename="../composer/ui/draftspanel.py" line="184"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="187"/>
        <source>New draft (Ctrl+N)</source>
        <translation>Nouveau brouillon (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="189"/>
        <source>New from a template (Ctrl+Shift+N)</source>
        <translation>Nouveau depuis un modèle (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="192"/>
        <source>Duplicate the selected draft</source>
        <translation>Dupliquer le brouillon sélectionné</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="196"/>
        <source>Move the selected draft to the trash (Delete)</source>
        <translation>Mettre le brouillon sélectionné à la corbeille (Suppr)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="205"/>
        <source>Search drafts…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="207"/>
        <source>Search drafts</source>
        <translation>Rechercher dans les brouillons</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="212"/>
        <source>Draft list</source>
        <translation>Liste des brouillons</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="228"/>
        <source>&amp;Undo</source>
        <translation>Annule&amp;r</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="236"/>
        <source>Sho&amp;w trash</source>
        <translation>Afficher la cor&amp;beille</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="237"/>
        <source>Deleted drafts stay in the trash for 30 days. Select one and choose Restore.</source>
        <translation>Les brouillons supprimés restent 30 jours dans la corbeille. Sélectionnez-en un et choisissez « Restaurer ».</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="240"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="322"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="323"/>
        <source>No drafts match.</source>
        <translation>Aucun brouillon ne correspond.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="324"/>
        <source>No drafts yet.</source>
        <translation>Pas encore de brouillon.</translation>
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
        <translation>Copier le texte brut, prêt à coller dans « Contacter l&apos;acheteur » de Seller Central</translation>
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
        <location filename="../composer/ui/exportbar.py" line="96"/>
        <location filename="../composer/ui/exportbar.py" line="167"/>
        <source>Sent log</source>
        <translation>Journal d’envoi</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="98"/>
        <source>Everything you copied, saved or sent, and the Outbox</source>
        <translation>Tout ce que vous avez copié, enregistré ou envoyé, et la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="150"/>
        <source>{tip}. Not available: {reason}</source>
        <translation>{tip}. Indisponible : {reason}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="158"/>
        <source>Note: {reason}</source>
        <translation>Remarque : {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/exportbar.py" line="166"/>
        <source>Outbox: %n</source>
        <translation>
            <numerusform>Boîte d&apos;envoi : %n</numerusform>
            <numerusform>Boîte d&apos;envoi : %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="33"/>
        <source>Blocks sending</source>
        <translation>Bloque l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="34"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="35"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="112"/>
        <location filename="../composer/ui/findingspanel.py" line="203"/>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="113"/>
        <location filename="../composer/ui/findingspanel.py" line="204"/>
        <source>Fix: {label}</source>
        <translation>Corriger : {label}</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="114"/>
        <source>Apply this fix. Ctrl+Z undoes it.</source>
        <translation>Appliquer cette correction. Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="130"/>
        <source>Ignore here</source>
        <translation>Ignorer ici</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="133"/>
        <source>Hide this one occurrence. The rule still checks the rest of the message.</source>
        <translation>Masquer cette occurrence seulement. La règle vérifie toujours le reste du message.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="139"/>
        <source>Tell Seller Composer these words are not what it found. You are asked to confirm, with what is at risk.</source>
        <translation>Indiquer à Seller Composer que ces mots ne sont pas ce qu&apos;il a trouvé. Vous confirmez, en voyant le risque.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="167"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="168"/>
        <source>This is not {nouns}…</source>
        <translation>Ce n&apos;est pas {nouns}…</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="178"/>
        <source>[picture]</source>
        <translation>[image]</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="188"/>
        <source>Source: {sources}</source>
        <translation>Source : {sources}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="315"/>
        <source>Policy findings</source>
        <translation>Résultats de la vérification</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="322"/>
        <location filename="../composer/ui/findingspanel.py" line="328"/>
        <location filename="../composer/ui/findingspanel.py" line="375"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="324"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="348"/>
        <source>Show them again</source>
        <translation>Les afficher à nouveau</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="521"/>
        <source>…and {count} more. Fix the ones above first; the list updates as you go.</source>
        <translation>…et {count} de plus. Corrigez d&apos;abord ceux du haut ; la liste se met à jour au fur et à mesure.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="547"/>
        <source>✓ Fixed. Ctrl+Z undoes it.</source>
        <translation>✓ Corrigé. Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="548"/>
        <source>Ignored here.</source>
        <translation>Ignoré ici.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="548"/>
        <source>✓ No longer found.</source>
        <translation>✓ N&apos;est plus détecté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/findingspanel.py" line="567"/>
        <source>%n finding(s) ignored here.</source>
        <translation>
            <numerusform>%n résultat ignoré ici.</numerusform>
            <numerusform>%n résultats ignorés ici.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="579"/>
        <source>No problems found</source>
        <translation>Aucun problème trouvé</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="582"/>
        <source>Nothing in this message breaks Amazon&apos;s messaging rules that Seller Composer knows of. Read it once more as your buyer would, then send it.</source>
        <translation>Rien dans ce message n&apos;enfreint les règles de messagerie d&apos;Amazon connues de Seller Composer. Relisez-le comme votre acheteur, puis envoyez-le.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="592"/>
        <source>Rules dated {date}. Seller Composer&apos;s own summary of Amazon&apos;s guidelines; Amazon does not publish its scanner&apos;s rules.</source>
        <translation>Règles du {date}. Résumé propre à Seller Composer des directives d&apos;Amazon ; Amazon ne publie pas les règles de son filtre.</translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <location filename="../composer/ui/formatbar.py" line="28"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="29"/>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="30"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="31"/>
        <source>Redo what was undone</source>
        <translation>Rétablir ce qui a été annulé</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="32"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="33"/>
        <source>Bold: for a word or two that must stand out</source>
        <translation>Gras : pour un ou deux mots qui doivent ressortir</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="35"/>
        <location filename="../composer/ui/formatbar.py" line="37"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="38"/>
        <location filename="../composer/ui/formatbar.py" line="39"/>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="41"/>
        <location filename="../composer/ui/formatbar.py" line="42"/>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="43"/>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="44"/>
        <source>Numbered list: good for steps</source>
        <translation>Liste numérotée : idéale pour des étapes</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="46"/>
        <location filename="../composer/ui/formatbar.py" line="48"/>
        <source>Heading {level}</source>
        <translation>Titre {level}</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="47"/>
        <source>Heading 1 (largest)</source>
        <translation>Titre 1 (le plus grand)</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="51"/>
        <source>Normal text</source>
        <translation>Texte normal</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="52"/>
        <source>Make the paragraph normal text again</source>
        <translation>Remettre le paragraphe en texte normal</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="123"/>
        <location filename="../composer/ui/formatbar.py" line="125"/>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../composer/ui/headerform.py" line="62"/>
        <source>e.g. Brass desk lamp (fills {product})</source>
        <translation>p. ex. Lampe de bureau en laiton (remplit {product})</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="73"/>
        <source>Just &amp;now</source>
        <translation>À l&apos;i&amp;nstant</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="74"/>
        <source>The buyer&apos;s message arrived a moment ago</source>
        <translation>Le message de l&apos;acheteur vient d&apos;arriver</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="78"/>
        <source>Time left to reply</source>
        <translation>Temps restant pour répondre</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="79"/>
        <source>Amazon counts a reply as late after 24 hours, weekends and holidays included.</source>
        <translation>Amazon considère une réponse comme tardive après 24 heures, week-ends et jours fériés compris.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="106"/>
        <source>A short, clear subject, e.g. Delivery date for your order</source>
        <translation>Un objet court et clair, p. ex. Date de livraison de votre commande</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="116"/>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="117"/>
        <source>The buyer&apos;s Amazon alias address, from the order page in Seller Central</source>
        <translation>L&apos;adresse alias Amazon de l&apos;acheteur, sur la page de la commande dans Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="119"/>
        <source>&amp;Order ID:</source>
        <translation>N° de &amp;commande :</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="120"/>
        <source>The 17-digit Amazon order ID (3-7-7 digits)</source>
        <translation>Le numéro de commande Amazon à 17 chiffres (3-7-7)</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="122"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="123"/>
        <source>What the message is for. Amazon allows only certain reasons to write.</source>
        <translation>L&apos;objet du message. Amazon n&apos;autorise que certains motifs.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="124"/>
        <source>Order &amp;date:</source>
        <translation>Da&amp;te de commande :</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="125"/>
        <source>The date the order was placed</source>
        <translation>La date de la commande</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="127"/>
        <source>&amp;Subject:</source>
        <translation>Ob&amp;jet :</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="128"/>
        <source>The subject line the buyer sees</source>
        <translation>La ligne d&apos;objet que voit l&apos;acheteur</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="129"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="130"/>
        <source>The buyer&apos;s preferred language. Amazon requires messages in it.</source>
        <translation>La langue préférée de l&apos;acheteur. Amazon exige les messages dans cette langue.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="132"/>
        <source>&amp;Product:</source>
        <translation>&amp;Produit :</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="133"/>
        <source>The product&apos;s name: it fills {product} in templates and is never marked as a spelling mistake</source>
        <translation>Le nom du produit : il remplit {product} dans les modèles et n&apos;est jamais marqué comme faute</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="135"/>
        <source>Deli&amp;vered:</source>
        <translation>Li&amp;vré le :</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="136"/>
        <source>The date the order was delivered: review requests may be sent from 5 to 30 days after it</source>
        <translation>La date de livraison de la commande : les demandes d&apos;avis sont possibles de 5 à 30 jours après</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="140"/>
        <source>&amp;Buyer wrote at:</source>
        <translation>L&apos;achete&amp;ur a écrit le :</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="141"/>
        <source>When the buyer&apos;s message arrived (your computer&apos;s time). Amazon counts a reply as late after 24 hours.</source>
        <translation>Quand le message de l&apos;acheteur est arrivé (heure de votre ordinateur). Amazon considère une réponse comme tardive après 24 heures.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="143"/>
        <source>Buyer&apos;s message received at</source>
        <translation>Message de l&apos;acheteur reçu le</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="327"/>
        <source>Enter when the buyer wrote to see the time left to reply.</source>
        <translation>Indiquez quand l&apos;acheteur a écrit pour voir le temps restant pour répondre.</translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="118"/>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="121"/>
        <source>&amp;Buyer Messages…</source>
        <translation>Messages des &amp;acheteurs…</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="122"/>
        <source>Buyer messages waiting for a reply, answered ones, and Amazon&apos;s notices</source>
        <translation>Messages des acheteurs en attente de réponse, ceux déjà traités et les avis d&apos;Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="125"/>
        <source>&amp;Import E-mail Files…</source>
        <translation>&amp;Importer des fichiers e-mail…</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="126"/>
        <source>Import Amazon&apos;s e-mails (.eml, Outlook .msg, an mbox folder file)</source>
        <translation>Importer les e-mails d&apos;Amazon (.eml, .msg d&apos;Outlook, un fichier de dossier mbox)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="129"/>
        <source>&amp;Check Mailbox</source>
        <translation>&amp;Relever la boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="130"/>
        <source>Fetch new buyer messages from your mailbox (Settings › Receiving)</source>
        <translation>Relever les nouveaux messages des acheteurs dans votre boîte (Paramètres › Réception)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="133"/>
        <source>I Used Amazon&apos;s &amp;Request a Review for This Order</source>
        <translation>J&apos;ai utilisé « &amp;Demander un avis » d&apos;Amazon pour cette commande</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="135"/>
        <source>Amazon allows one review request per order, its own button included</source>
        <translation>Amazon autorise une seule demande d&apos;avis par commande, son propre bouton compris</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="149"/>
        <source>What Changed in Amazon&apos;s &amp;Rules</source>
        <translation>Ce qui a changé dans les &amp;règles d&apos;Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="150"/>
        <source>The 2025–2026 changes to Amazon&apos;s messaging rules</source>
        <translation>Les changements 2025–2026 des règles de messagerie d&apos;Amazon</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="23"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="26"/>
        <location filename="../composer/ui/languagechoice.py" line="54"/>
        <source>Language of the app</source>
        <translation>Langue de l&apos;appli</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="27"/>
        <source>The language of menus, messages and checks in Seller Composer. The buyer&apos;s language is chosen in each message.</source>
        <translation>La langue des menus, des messages et des contrôles de Seller Composer. La langue de l&apos;acheteur se choisit dans chaque message.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="35"/>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Langue de l&apos;appli :</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="37"/>
        <source>Takes effect the next time Seller Composer starts. It does not change the language you write to buyers in.</source>
        <translation>S&apos;applique au prochain démarrage de Seller Composer. Cela ne change pas la langue dans laquelle vous écrivez aux acheteurs.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="55"/>
        <source>Seller Composer will use %1 the next time it starts. Your open draft has been saved and will be there when you come back.</source>
        <translation>Au prochain démarrage, Seller Composer utilisera cette langue : %1. Votre brouillon ouvert est enregistré et vous attendra à votre retour.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="40"/>
        <source>The message exactly as the buyer will receive it (Ctrl+Shift+B)</source>
        <translation>Le message exactement tel que l&apos;acheteur le recevra (Ctrl+Maj+B)</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="85"/>
        <source>Write</source>
        <translation>Rédiger</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="86"/>
        <source>Write and format the message</source>
        <translation>Rédiger et mettre en forme le message</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="87"/>
        <location filename="../composer/ui/mainwindow.py" line="180"/>
        <source>Buyer&apos;s view</source>
        <translation>Vue de l&apos;acheteur</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="420"/>
        <source>Your draft could not be saved</source>
        <translation>Votre brouillon n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="421"/>
        <source>Saving failed: {error}

Close anyway? Your last changes would be lost.</source>
        <translation>L&apos;enregistrement a échoué : {error}

Fermer quand même ? Vos dernières modifications seraient perdues.</translation>
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
        <translation>Enregistrer comme &amp;modèle…</translation>
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
        <translation>Nom de l&apos;entreprise, commandes par jour, fuseau horaire et mode d&apos;envoi des messages</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
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
        <location filename="../composer/ui/windowmenus.py" line="94"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="96"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
</context>
<context>
    <name>QuotaMeter</name>
    <message>
        <location filename="../composer/ui/quotameter.py" line="23"/>
        <source> · nearly used up</source>
        <translation> · presque épuisé</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="24"/>
        <source> · limit reached</source>
        <translation> · limite atteinte</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="34"/>
        <source>Today {used} / {limit} messages</source>
        <translation>Aujourd&apos;hui {used} / {limit} messages</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="43"/>
        <source>({orders} orders a day × {per_order}) + {base} = {limit} messages a day</source>
        <translation>({orders} commandes par jour × {per_order}) + {base} = {limit} messages par jour</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="52"/>
        <source>your computer&apos;s time zone</source>
        <translation>fuseau horaire de votre ordinateur</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="54"/>
        <source>&lt;b&gt;Amazon&apos;s daily message limit&lt;/b&gt;: (average orders per day × {per_order}) + {base}.</source>
        <translation>&lt;b&gt;Limite quotidienne de messages d&apos;Amazon&lt;/b&gt; : (commandes moyennes par jour × {per_order}) + {base}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="56"/>
        <source>Yours: {formula}.</source>
        <translation>Le vôtre : {formula}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="57"/>
        <source>Sent today (since midnight, {zone}): {used}; left: {left}.</source>
        <translation>Envoyés aujourd&apos;hui (depuis minuit, {zone}) : {used} ; restants : {left}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="62"/>
        <source>Your average orders per day is not set, so this is Amazon&apos;s base limit.</source>
        <translation>Votre moyenne de commandes par jour n&apos;est pas renseignée : c&apos;est donc la limite de base d&apos;Amazon.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="65"/>
        <source>Amazon does not deliver messages past the limit: sending is refused until tomorrow.</source>
        <translation>Amazon ne distribue pas les messages au-delà de la limite : l&apos;envoi est refusé jusqu&apos;à demain.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="67"/>
        <source>Click to change your average orders per day or import your order report.</source>
        <translation>Cliquez pour modifier votre moyenne de commandes par jour ou importer votre rapport de commandes.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="82"/>
        <source>Messages sent today</source>
        <translation>Messages envoyés aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="102"/>
        <source>The sent log could not be read: {error}</source>
        <translation>Le journal d&apos;envoi n&apos;a pas pu être lu : {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="121"/>
        <source>{meter}. {left} left today.</source>
        <translation>{meter}. Encore {left} aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>SentLog</name>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="57"/>
        <source>Copied for Seller Central: a copy carries no address, so this is the buyer&apos;s address from its draft. Seller Central sends the message to the buyer of the order.</source>
        <translation>Copié pour Seller Central : une copie n&apos;a pas d&apos;adresse, voici donc l&apos;adresse de l&apos;acheteur tirée de son brouillon. Seller Central envoie le message à l&apos;acheteur de la commande.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="61"/>
        <source>Copied for Seller Central: a copy carries no address. Seller Central sends the message to the buyer of the order.</source>
        <translation>Copié pour Seller Central : une copie n&apos;a pas d&apos;adresse. Seller Central envoie le message à l&apos;acheteur de la commande.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../composer/ui/statusline.py" line="54"/>
        <source>Character count</source>
        <translation>Nombre de caractères</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="65"/>
        <source> (Amazon may cut long replies)</source>
        <translation> (Amazon peut couper les réponses longues)</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="71"/>
        <source>Rules dated {date}</source>
        <translation>Règles du {date}</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="72"/>
        <source>The date of the policy rules this copy of Seller Composer checks against. They are summarised from Amazon&apos;s guidelines.</source>
        <translation>La date des règles utilisées par cette copie de Seller Composer. Elles résument les directives d&apos;Amazon.</translation>
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
        <translation>&amp;Règles</translation>
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
        <location filename="../composer/ui/statusline.py" line="24"/>
        <source>%n characters (no limit for this type)</source>
        <translation>
            <numerusform>%n caractère (pas de limite pour ce type)</numerusform>
            <numerusform>%n caractères (pas de limite pour ce type)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/statusline.py" line="28"/>
        <source>%n characters: this type takes no message text</source>
        <translation>
            <numerusform>%n caractère : ce type n&apos;accepte pas de texte</numerusform>
            <numerusform>%n caractères : ce type n&apos;accepte pas de texte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="30"/>
        <source>No message text for this type: Amazon sends its own</source>
        <translation>Pas de texte pour ce type : Amazon envoie le sien</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="33"/>
        <source>{used} / {limit} characters: {over} too many</source>
        <translation>{used} / {limit} caractères : {over} de trop</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="36"/>
        <source>{used} / {limit} characters: nearly full</source>
        <translation>{used} / {limit} caractères : presque plein</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="37"/>
        <source>{used} / {limit} characters</source>
        <translation>{used} / {limit} caractères</translation>
    </message>
</context>
</TS>
