<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AttachmentFiles</name>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="166"/>
        <source>“{name}” is attached again, as before the fix.</source>
        <translation>«{name}» vuelve a estar adjunto, como antes de la corrección.</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="144"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="145"/>
        <source>Attach “{name}” again, as it was before the fix</source>
        <translation>Volver a adjuntar «{name}», como antes de la corrección</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="147"/>
        <source>Undo the fix of {name}</source>
        <translation>Deshacer la corrección de {name}</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="165"/>
        <source>Make smaller ({size} → about {estimate})</source>
        <translation>Reducir ({size} → unos {estimate})</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="244"/>
        <source>Add a PDF, Word, text file or picture (Alt+A). You can also drop files here.</source>
        <translation>Añadir un PDF, un archivo de Word o de texto, o una imagen (Alt+J). También puede soltar archivos aquí.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="246"/>
        <source>No files attached. Drop files here, or choose Attach file. Amazon takes PDF, Word, text and pictures, up to 10 MB in all.</source>
        <translation>No hay archivos adjuntos. Suelte archivos aquí o elija «Adjuntar archivo». Amazon admite PDF, Word, texto e imágenes, hasta 10 MB en total.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="255"/>
        <location filename="../composer/ui/attachmentspanel.py" line="264"/>
        <location filename="../composer/ui/attachmentspanel.py" line="354"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="266"/>
        <source>&amp;Attach file…</source>
        <translation>Ad&amp;juntar archivo…</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="273"/>
        <source>Attachment size used</source>
        <translation>Tamaño de adjuntos usado</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="281"/>
        <source>Attachment budget</source>
        <translation>Espacio para adjuntos</translation>
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
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="177"/>
        <location filename="../composer/ui/draftspanel.py" line="184"/>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="187"/>
        <source>New draft (Ctrl+N)</source>
        <translation>Nuevo borrador (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="189"/>
        <source>New from a template (Ctrl+Shift+N)</source>
        <translation>Nuevo desde una plantilla (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="192"/>
        <source>Duplicate the selected draft</source>
        <translation>Duplicar el borrador seleccionado</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="196"/>
        <source>Move the selected draft to the trash (Delete)</source>
        <translation>Mover el borrador seleccionado a la papelera (Supr)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="205"/>
        <source>Search drafts…</source>
        <translation>Buscar borradores…</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="207"/>
        <source>Search drafts</source>
        <translation>Buscar en los borradores</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="212"/>
        <source>Draft list</source>
        <translation>Lista de borradores</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="228"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="236"/>
        <source>Sho&amp;w trash</source>
        <translation>Mostrar pape&amp;lera</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="237"/>
        <source>Deleted drafts stay in the trash for 30 days. Select one and choose Restore.</source>
        <translation>Los borradores eliminados quedan 30 días en la papelera. Seleccione uno y elija «Restaurar».</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="240"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="322"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="323"/>
        <source>No drafts match.</source>
        <translation>Ningún borrador coincide.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="324"/>
        <source>No drafts yet.</source>
        <translation>Aún no hay borradores.</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../composer/ui/exportbar.py" line="26"/>
        <source>Copy for Seller Central</source>
        <translation>Copiar para Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="27"/>
        <source>Copy the plain text, ready to paste into Contact Buyer in Seller Central</source>
        <translation>Copiar el texto sin formato, listo para pegar en «Contactar con el comprador» de Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="29"/>
        <source>Copy formatted</source>
        <translation>Copiar con formato</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="30"/>
        <source>Copy the message with its bold, lists and headings, for an email app</source>
        <translation>Copiar el mensaje con negrita, listas y títulos, para una aplicación de correo</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="32"/>
        <source>Open in email app</source>
        <translation>Abrir en el correo</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="33"/>
        <source>Open the message as a ready-to-send draft in your email app, to the buyer&apos;s Amazon address</source>
        <translation>Abrir el mensaje como borrador listo para enviar en su correo, a la dirección de Amazon del comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="36"/>
        <source>Save as .eml…</source>
        <translation>Guardar como .eml…</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="37"/>
        <source>Save the message as an email file (.eml) that any email app can open</source>
        <translation>Guardar el mensaje como archivo de correo (.eml) que cualquier aplicación de correo abre</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="39"/>
        <source>Send…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="40"/>
        <source>Send it now through your own email account (set it up in Settings › Sending)</source>
        <translation>Enviarlo ahora con su propia cuenta de correo (configúrela en Ajustes › Envío)</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="96"/>
        <location filename="../composer/ui/exportbar.py" line="167"/>
        <source>Sent log</source>
        <translation>Registro de envíos</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="98"/>
        <source>Everything you copied, saved or sent, and the Outbox</source>
        <translation>Todo lo que ha copiado, guardado o enviado, y la bandeja de salida</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="150"/>
        <source>{tip}. Not available: {reason}</source>
        <translation>{tip}. No disponible: {reason}</translation>
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
            <numerusform>Bandeja de salida: %n</numerusform>
            <numerusform>Bandeja de salida: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="33"/>
        <source>Blocks sending</source>
        <translation>Bloquea el envío</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="34"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
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
        <translation>Corregir</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="113"/>
        <location filename="../composer/ui/findingspanel.py" line="204"/>
        <source>Fix: {label}</source>
        <translation>Corregir: {label}</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="114"/>
        <source>Apply this fix. Ctrl+Z undoes it.</source>
        <translation>Aplicar esta corrección. Ctrl+Z la deshace.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="130"/>
        <source>Ignore here</source>
        <translation>Ignorar aquí</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="133"/>
        <source>Hide this one occurrence. The rule still checks the rest of the message.</source>
        <translation>Ocultar solo esta aparición. La regla sigue revisando el resto del mensaje.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="139"/>
        <source>Tell Seller Composer these words are not what it found. You are asked to confirm, with what is at risk.</source>
        <translation>Indicar a Seller Composer que estas palabras no son lo que encontró. Se le pide confirmar, con el riesgo que supone.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="167"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="168"/>
        <source>This is not {nouns}…</source>
        <translation>Esto no es {nouns}…</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="178"/>
        <source>[picture]</source>
        <translation>[imagen]</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="188"/>
        <source>Source: {sources}</source>
        <translation>Fuente: {sources}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="315"/>
        <source>Policy findings</source>
        <translation>Resultados de la revisión</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="322"/>
        <location filename="../composer/ui/findingspanel.py" line="328"/>
        <location filename="../composer/ui/findingspanel.py" line="375"/>
        <source>Checking…</source>
        <translation>Revisando…</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="324"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="348"/>
        <source>Show them again</source>
        <translation>Volver a mostrarlos</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="521"/>
        <source>…and {count} more. Fix the ones above first; the list updates as you go.</source>
        <translation>…y {count} más. Corrija primero los de arriba; la lista se actualiza sobre la marcha.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="547"/>
        <source>✓ Fixed. Ctrl+Z undoes it.</source>
        <translation>✓ Corregido. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="548"/>
        <source>Ignored here.</source>
        <translation>Ignorado aquí.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="548"/>
        <source>✓ No longer found.</source>
        <translation>✓ Ya no se detecta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/findingspanel.py" line="567"/>
        <source>%n finding(s) ignored here.</source>
        <translation>
            <numerusform>%n resultado ignorado aquí.</numerusform>
            <numerusform>%n resultados ignorados aquí.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="579"/>
        <source>No problems found</source>
        <translation>No se encontraron problemas</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="582"/>
        <source>Nothing in this message breaks Amazon&apos;s messaging rules that Seller Composer knows of. Read it once more as your buyer would, then send it.</source>
        <translation>Nada en este mensaje incumple las normas de mensajería de Amazon que conoce Seller Composer. Léalo una vez más como lo haría su comprador y envíelo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="592"/>
        <source>Rules dated {date}. Seller Composer&apos;s own summary of Amazon&apos;s guidelines; Amazon does not publish its scanner&apos;s rules.</source>
        <translation>Normas del {date}. Resumen propio de Seller Composer de las directrices de Amazon; Amazon no publica las reglas de su filtro.</translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <location filename="../composer/ui/formatbar.py" line="28"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="29"/>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="30"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="31"/>
        <source>Redo what was undone</source>
        <translation>Rehacer lo deshecho</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="32"/>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="33"/>
        <source>Bold: for a word or two that must stand out</source>
        <translation>Negrita: para una o dos palabras que deben destacar</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="35"/>
        <location filename="../composer/ui/formatbar.py" line="37"/>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="38"/>
        <location filename="../composer/ui/formatbar.py" line="39"/>
        <source>Underline</source>
        <translation>Subrayado</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="41"/>
        <location filename="../composer/ui/formatbar.py" line="42"/>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="43"/>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="44"/>
        <source>Numbered list: good for steps</source>
        <translation>Lista numerada: útil para pasos</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="46"/>
        <location filename="../composer/ui/formatbar.py" line="48"/>
        <source>Heading {level}</source>
        <translation>Título {level}</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="47"/>
        <source>Heading 1 (largest)</source>
        <translation>Título 1 (el más grande)</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="51"/>
        <source>Normal text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="52"/>
        <source>Make the paragraph normal text again</source>
        <translation>Volver a poner el párrafo como texto normal</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="123"/>
        <location filename="../composer/ui/formatbar.py" line="125"/>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../composer/ui/headerform.py" line="62"/>
        <source>e.g. Brass desk lamp (fills {product})</source>
        <translation>p. ej. Lámpara de escritorio de latón (rellena {product})</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="73"/>
        <source>Just &amp;now</source>
        <translation>Ahora mism&amp;o</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="74"/>
        <source>The buyer&apos;s message arrived a moment ago</source>
        <translation>El mensaje del comprador acaba de llegar</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="78"/>
        <source>Time left to reply</source>
        <translation>Tiempo restante para responder</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="79"/>
        <source>Amazon counts a reply as late after 24 hours, weekends and holidays included.</source>
        <translation>Amazon considera tardía una respuesta después de 24 horas, fines de semana y festivos incluidos.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="106"/>
        <source>A short, clear subject, e.g. Delivery date for your order</source>
        <translation>Un asunto breve y claro, p. ej. Fecha de entrega de su pedido</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="116"/>
        <source>&amp;To:</source>
        <translation>Pa&amp;ra:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="117"/>
        <source>The buyer&apos;s Amazon alias address, from the order page in Seller Central</source>
        <translation>La dirección alias de Amazon del comprador, de la página del pedido en Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="119"/>
        <source>&amp;Order ID:</source>
        <translation>N.º de &amp;pedido:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="120"/>
        <source>The 17-digit Amazon order ID (3-7-7 digits)</source>
        <translation>El número de pedido de Amazon de 17 dígitos (3-7-7)</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="122"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="123"/>
        <source>What the message is for. Amazon allows only certain reasons to write.</source>
        <translation>Para qué es el mensaje. Amazon solo permite ciertos motivos.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="124"/>
        <source>Order &amp;date:</source>
        <translation>Fec&amp;ha del pedido:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="125"/>
        <source>The date the order was placed</source>
        <translation>La fecha del pedido</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="127"/>
        <source>&amp;Subject:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="128"/>
        <source>The subject line the buyer sees</source>
        <translation>La línea de asunto que ve el comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="129"/>
        <source>&amp;Language:</source>
        <translation>Id&amp;ioma:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="130"/>
        <source>The buyer&apos;s preferred language. Amazon requires messages in it.</source>
        <translation>El idioma preferido del comprador. Amazon exige los mensajes en ese idioma.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="132"/>
        <source>&amp;Product:</source>
        <translation>Prod&amp;ucto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="133"/>
        <source>The product&apos;s name: it fills {product} in templates and is never marked as a spelling mistake</source>
        <translation>El nombre del producto: rellena {product} en las plantillas y nunca se marca como error ortográfico</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="135"/>
        <source>Deli&amp;vered:</source>
        <translation>Entre&amp;gado:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="136"/>
        <source>The date the order was delivered: review requests may be sent from 5 to 30 days after it</source>
        <translation>La fecha de entrega del pedido: las solicitudes de reseña pueden enviarse de 5 a 30 días después</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="140"/>
        <source>&amp;Buyer wrote at:</source>
        <translation>El &amp;comprador escribió:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="141"/>
        <source>When the buyer&apos;s message arrived (your computer&apos;s time). Amazon counts a reply as late after 24 hours.</source>
        <translation>Cuándo llegó el mensaje del comprador (hora de su ordenador). Amazon considera tardía una respuesta después de 24 horas.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="143"/>
        <source>Buyer&apos;s message received at</source>
        <translation>Mensaje del comprador recibido el</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="327"/>
        <source>Enter when the buyer wrote to see the time left to reply.</source>
        <translation>Indique cuándo escribió el comprador para ver el tiempo que queda para responder.</translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="118"/>
        <source>&amp;Messages</source>
        <translation>&amp;Mensajes</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="121"/>
        <source>&amp;Buyer Messages…</source>
        <translation>Mensajes de &amp;compradores…</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="122"/>
        <source>Buyer messages waiting for a reply, answered ones, and Amazon&apos;s notices</source>
        <translation>Mensajes de compradores pendientes de respuesta, los respondidos y los avisos de Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="125"/>
        <source>&amp;Import E-mail Files…</source>
        <translation>&amp;Importar archivos de correo…</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="126"/>
        <source>Import Amazon&apos;s e-mails (.eml, Outlook .msg, an mbox folder file)</source>
        <translation>Importar los correos de Amazon (.eml, .msg de Outlook, un archivo de carpeta mbox)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="129"/>
        <source>&amp;Check Mailbox</source>
        <translation>&amp;Comprobar el buzón</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="130"/>
        <source>Fetch new buyer messages from your mailbox (Settings › Receiving)</source>
        <translation>Descargar los nuevos mensajes de compradores de su buzón (Ajustes › Recepción)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="133"/>
        <source>I Used Amazon&apos;s &amp;Request a Review for This Order</source>
        <translation>He usado «&amp;Solicitar una reseña» de Amazon para este pedido</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="135"/>
        <source>Amazon allows one review request per order, its own button included</source>
        <translation>Amazon permite una sola solicitud de reseña por pedido, incluido su propio botón</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="149"/>
        <source>What Changed in Amazon&apos;s &amp;Rules</source>
        <translation>Qué ha cambiado en las &amp;normas de Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="150"/>
        <source>The 2025–2026 changes to Amazon&apos;s messaging rules</source>
        <translation>Los cambios de 2025–2026 en las normas de mensajería de Amazon</translation>
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
        <translation>Idioma de la app</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="27"/>
        <source>The language of menus, messages and checks in Seller Composer. The buyer&apos;s language is chosen in each message.</source>
        <translation>El idioma de los menús, avisos y comprobaciones de Seller Composer. El idioma del comprador se elige en cada mensaje.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="35"/>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Idioma de la app:</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="37"/>
        <source>Takes effect the next time Seller Composer starts. It does not change the language you write to buyers in.</source>
        <translation>Se aplica la próxima vez que se inicie Seller Composer. No cambia el idioma en que escribe a los compradores.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="55"/>
        <source>Seller Composer will use %1 the next time it starts. Your open draft has been saved and will be there when you come back.</source>
        <translation>Seller Composer usará %1 la próxima vez que se inicie. Su borrador abierto está guardado y seguirá ahí.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="40"/>
        <source>The message exactly as the buyer will receive it (Ctrl+Shift+B)</source>
        <translation>El mensaje exactamente como lo recibirá el comprador (Ctrl+Mayús+B)</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="85"/>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="86"/>
        <source>Write and format the message</source>
        <translation>Escribir y dar formato al mensaje</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="87"/>
        <location filename="../composer/ui/mainwindow.py" line="180"/>
        <source>Buyer&apos;s view</source>
        <translation>Vista del comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="420"/>
        <source>Your draft could not be saved</source>
        <translation>No se pudo guardar su borrador</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="421"/>
        <source>Saving failed: {error}

Close anyway? Your last changes would be lost.</source>
        <translation>Error al guardar: {error}

¿Cerrar de todos modos? Se perderían sus últimos cambios.</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="28"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="31"/>
        <source>&amp;New Draft</source>
        <translation>&amp;Nuevo borrador</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="32"/>
        <source>Start a new, empty message</source>
        <translation>Empezar un mensaje nuevo y vacío</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="33"/>
        <source>New from &amp;Template…</source>
        <translation>Nuevo desde &amp;plantilla…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="34"/>
        <source>Start from a compliant template in the buyer&apos;s language</source>
        <translation>Empezar con una plantilla conforme en el idioma del comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="35"/>
        <source>&amp;Open Message File…</source>
        <translation>&amp;Abrir archivo de mensaje…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="36"/>
        <source>Open an HTML or text file as a new draft, with its formatting</source>
        <translation>Abrir un archivo HTML o de texto como borrador nuevo, con su formato</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="41"/>
        <source>&amp;Duplicate Draft</source>
        <translation>&amp;Duplicar borrador</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="42"/>
        <source>Make a copy of this draft</source>
        <translation>Hacer una copia de este borrador</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="43"/>
        <source>&amp;Rename Draft…</source>
        <translation>&amp;Renombrar borrador…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="44"/>
        <source>Give this draft a name in the list</source>
        <translation>Dar un nombre a este borrador en la lista</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="45"/>
        <source>Save as Te&amp;mplate…</source>
        <translation>Guardar como plan&amp;tilla…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="46"/>
        <source>Keep this message as one of your templates</source>
        <translation>Guardar este mensaje como una de sus plantillas</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="47"/>
        <source>Move Draft to Tras&amp;h</source>
        <translation>Mover borrador a la pape&amp;lera</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="48"/>
        <source>Delete this draft (it can be restored)</source>
        <translation>Eliminar este borrador (se puede restaurar)</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="50"/>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="52"/>
        <source>Business name, orders per day, time zone and how messages are sent</source>
        <translation>Nombre de la empresa, pedidos al día, zona horaria y cómo se envían los mensajes</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="57"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="61"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="66"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="67"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="68"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="69"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="77"/>
        <source>Fo&amp;rmat</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="84"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="85"/>
        <source>&amp;Buyer&apos;s View</source>
        <translation>Vista del &amp;comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="88"/>
        <source>Switch between writing and the buyer&apos;s view</source>
        <translation>Cambiar entre escribir y la vista del comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="94"/>
        <source>&amp;Send</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="96"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>QuotaMeter</name>
    <message>
        <location filename="../composer/ui/quotameter.py" line="23"/>
        <source> · nearly used up</source>
        <translation> · casi agotado</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="24"/>
        <source> · limit reached</source>
        <translation> · límite alcanzado</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="34"/>
        <source>Today {used} / {limit} messages</source>
        <translation>Hoy {used} / {limit} mensajes</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="43"/>
        <source>({orders} orders a day × {per_order}) + {base} = {limit} messages a day</source>
        <translation>({orders} pedidos al día × {per_order}) + {base} = {limit} mensajes al día</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="52"/>
        <source>your computer&apos;s time zone</source>
        <translation>zona horaria de su ordenador</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="54"/>
        <source>&lt;b&gt;Amazon&apos;s daily message limit&lt;/b&gt;: (average orders per day × {per_order}) + {base}.</source>
        <translation>&lt;b&gt;Límite diario de mensajes de Amazon&lt;/b&gt;: (media de pedidos al día × {per_order}) + {base}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="56"/>
        <source>Yours: {formula}.</source>
        <translation>El suyo: {formula}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="57"/>
        <source>Sent today (since midnight, {zone}): {used}; left: {left}.</source>
        <translation>Enviados hoy (desde medianoche, {zone}): {used}; quedan: {left}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="62"/>
        <source>Your average orders per day is not set, so this is Amazon&apos;s base limit.</source>
        <translation>Su media de pedidos al día no está configurada, así que este es el límite base de Amazon.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="65"/>
        <source>Amazon does not deliver messages past the limit: sending is refused until tomorrow.</source>
        <translation>Amazon no entrega mensajes por encima del límite: el envío se rechaza hasta mañana.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="67"/>
        <source>Click to change your average orders per day or import your order report.</source>
        <translation>Haga clic para cambiar su media de pedidos al día o importar su informe de pedidos.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="82"/>
        <source>Messages sent today</source>
        <translation>Mensajes enviados hoy</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="102"/>
        <source>The sent log could not be read: {error}</source>
        <translation>No se pudo leer el registro de envíos: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="121"/>
        <source>{meter}. {left} left today.</source>
        <translation>{meter}. Quedan {left} hoy.</translation>
    </message>
</context>
<context>
    <name>SentLog</name>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="57"/>
        <source>Copied for Seller Central: a copy carries no address, so this is the buyer&apos;s address from its draft. Seller Central sends the message to the buyer of the order.</source>
        <translation>Copiado para Seller Central: una copia no lleva dirección, así que esta es la dirección del comprador tomada de su borrador. Seller Central envía el mensaje al comprador del pedido.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="61"/>
        <source>Copied for Seller Central: a copy carries no address. Seller Central sends the message to the buyer of the order.</source>
        <translation>Copiado para Seller Central: una copia no lleva dirección. Seller Central envía el mensaje al comprador del pedido.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../composer/ui/statusline.py" line="54"/>
        <source>Character count</source>
        <translation>Número de caracteres</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="65"/>
        <source> (Amazon may cut long replies)</source>
        <translation> (Amazon puede cortar las respuestas largas)</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="71"/>
        <source>Rules dated {date}</source>
        <translation>Normas del {date}</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="72"/>
        <source>The date of the policy rules this copy of Seller Composer checks against. They are summarised from Amazon&apos;s guidelines.</source>
        <translation>La fecha de las normas con las que revisa esta copia de Seller Composer. Resumen las directrices de Amazon.</translation>
    </message>
</context>
<context>
    <name>WindowExtras</name>
    <message>
        <location filename="../composer/ui/windowextras.py" line="33"/>
        <source>Paste as Plain Te&amp;xt</source>
        <translation>Pegar como te&amp;xto sin formato</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="36"/>
        <source>Paste the words only, without any formatting</source>
        <translation>Pegar solo las palabras, sin formato</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="44"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="46"/>
        <source>Find words in the message</source>
        <translation>Buscar palabras en el mensaje</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="51"/>
        <source>&amp;Quick guide</source>
        <translation>&amp;Guía rápida</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="52"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="54"/>
        <source>&amp;Policy rules</source>
        <translation>&amp;Normas</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowextras.py" line="56"/>
        <source>&amp;About Seller Composer</source>
        <translation>A&amp;cerca de Seller Composer</translation>
    </message>
</context>
<context>
    <name>_CharacterCount</name>
    <message numerus="yes">
        <location filename="../composer/ui/statusline.py" line="24"/>
        <source>%n characters (no limit for this type)</source>
        <translation>
            <numerusform>%n carácter (sin límite para este tipo)</numerusform>
            <numerusform>%n caracteres (sin límite para este tipo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/statusline.py" line="28"/>
        <source>%n characters: this type takes no message text</source>
        <translation>
            <numerusform>%n carácter: este tipo no admite texto</numerusform>
            <numerusform>%n caracteres: este tipo no admite texto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="30"/>
        <source>No message text for this type: Amazon sends its own</source>
        <translation>Sin texto para este tipo: Amazon envía el suyo</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="33"/>
        <source>{used} / {limit} characters: {over} too many</source>
        <translation>{used} / {limit} caracteres: {over} de más</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="36"/>
        <source>{used} / {limit} characters: nearly full</source>
        <translation>{used} / {limit} caracteres: casi lleno</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="37"/>
        <source>{used} / {limit} characters</source>
        <translation>{used} / {limit} caracteres</translation>
    </message>
</context>
</TS>
