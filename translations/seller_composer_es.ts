<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../composer/ui/windowparts.py" line="237"/>
        <source>About Seller Composer</source>
        <translation>Acerca de Seller Composer</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowparts.py" line="239"/>
        <source>Write messages to Amazon buyers that pass Amazon&apos;s Buyer-Seller Messaging checks.</source>
        <translation>Escriba a sus compradores de Amazon mensajes que superen los controles de Mensajes entre compradores y vendedores de Amazon.</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowparts.py" line="242"/>
        <source>Seller Composer is not made by or affiliated with Amazon. Its rules are a careful summary of Amazon&apos;s published guidelines; when in doubt it takes the stricter reading.</source>
        <translation>Seller Composer no es obra de Amazon ni está afiliado a Amazon. Sus reglas resumen con cuidado las directrices publicadas por Amazon; ante la duda, aplica la lectura más estricta.</translation>
    </message>
</context>
<context>
    <name>AskWords</name>
    <message>
        <location filename="../composer/ui/askwords.py" line="20"/>
        <source>New expected delivery date (for example 18 December):</source>
        <translation>Nueva fecha de entrega prevista (por ejemplo, 18 de diciembre):</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="16"/>
        <source>Buyer&apos;s name</source>
        <translation>Nombre del comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="17"/>
        <source>Buyer&apos;s name, as on the order (for example Jane Doe):</source>
        <translation>Nombre del comprador, como en el pedido (por ejemplo Ana García):</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="19"/>
        <source>New delivery date</source>
        <translation>Nueva fecha de entrega</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="22"/>
        <source>Delivery day</source>
        <translation>Día de entrega</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="23"/>
        <source>Delivery day you propose (for example Tuesday 15 December):</source>
        <translation>Día de entrega que propone (por ejemplo, martes 15 de diciembre):</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="26"/>
        <source>Fill in</source>
        <translation>Completar</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="27"/>
        <source>Words to put in:</source>
        <translation>Texto que se insertará:</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="86"/>
        <source>Not attached: {reason}</source>
        <translation>No se ha adjuntado: {reason}</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="95"/>
        <source>“{file}” is already attached.</source>
        <translation>«{file}» ya está adjunto.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="99"/>
        <source>A file called “{file}” is already attached. Rename one of them first.</source>
        <translation>Ya hay adjunto un archivo llamado «{file}». Cambie antes el nombre de uno de los dos.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="138"/>
        <source>Working on “{file}”…</source>
        <translation>Procesando «{file}»…</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="150"/>
        <source>The file could not be changed</source>
        <translation>No se pudo modificar el archivo</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="157"/>
        <source>The file was removed before its copy was ready; the copy was not attached.</source>
        <translation>El archivo se quitó antes de que su copia estuviera lista; la copia no se ha adjuntado.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="165"/>
        <source>Attached a fixed copy, “{name}”. Your original file is unchanged; Ctrl+Z puts it back.</source>
        <translation>Se adjuntó una copia corregida, «{name}». Su archivo original no cambia; Ctrl+Z lo vuelve a poner.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="176"/>
        <source>Attached a fixed copy, “{file}”. Your original file is unchanged; Undo on its row puts it back.</source>
        <translation>Se ha adjuntado una copia corregida, «{file}». Su archivo original no ha cambiado; «Deshacer» en su fila lo vuelve a poner.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="179"/>
        <source>Attached a fixed copy, “{file}”. Your original file is unchanged.</source>
        <translation>Se ha adjuntado una copia corregida, «{file}». Su archivo original no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="218"/>
        <source>“{name}” is attached again, as before the fix.</source>
        <translation>«{name}» vuelve a estar adjunto, como antes de la corrección.</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="63"/>
        <source>Make smaller</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="64"/>
        <source>Convert</source>
        <translation>Convertir</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="65"/>
        <source>Fix the name</source>
        <translation>Corregir el nombre</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="66"/>
        <source>Remove location</source>
        <translation>Quitar la ubicación</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="147"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="149"/>
        <source>Ready to send</source>
        <translation>Listo para enviar</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="179"/>
        <source>{fix}. Your original file is not changed.</source>
        <translation>{fix}. Su archivo original no se modifica.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="189"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="190"/>
        <source>Attach “{name}” again, as it was before the fix</source>
        <translation>Volver a adjuntar «{name}», como antes de la corrección</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="192"/>
        <source>Undo the fix of {name}</source>
        <translation>Deshacer la corrección de {name}</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="197"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="198"/>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="199"/>
        <source>Take this file off the message (the file itself is not deleted)</source>
        <translation>Quitar este archivo del mensaje (el archivo en sí no se elimina)</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="211"/>
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
        <location filename="../composer/ui/attachmentspanel.py" line="382"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="266"/>
        <source>&amp;Attach file…</source>
        <translation>Ad&amp;juntar archivo…</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="283"/>
        <source>Attachment size used</source>
        <translation>Tamaño de adjuntos usado</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="291"/>
        <source>Attachment budget</source>
        <translation>Espacio para adjuntos</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="82"/>
        <source>{n} bytes</source>
        <translation>{n} bytes</translation>
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
        <translation>Ocultar los archivos</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="452"/>
        <source>Show the files</source>
        <translation>Mostrar los archivos</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="491"/>
        <source>{size} of 10 MB</source>
        <translation>{size} de 10 MB</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="493"/>
        <source>{size}: over the 10 MB limit</source>
        <translation>{size}: supera el límite de 10 MB</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="548"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
</context>
<context>
    <name>BusinessNameDialog</name>
    <message>
        <location filename="../composer/ui/businessname.py" line="30"/>
        <source>Welcome to Seller Composer</source>
        <translation>Bienvenido a Seller Composer</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="35"/>
        <source>What is your &amp;business name, as buyers see it on Amazon?
Your messages are signed with it. You can change it later in File › Settings.</source>
        <translation>¿Cuál es su &amp;nombre comercial, tal como lo ven los compradores en Amazon?
Sus mensajes se firman con él. Puede cambiarlo más tarde en Archivo › Ajustes.</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="42"/>
        <source>Business name</source>
        <translation>Nombre comercial</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="43"/>
        <source>e.g. Oakfield Furniture</source>
        <translation>p. ej. Muebles Robledal</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="49"/>
        <source>Why this name cannot be used</source>
        <translation>Por qué no se puede usar este nombre</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="52"/>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <location filename="../composer/ui/businessname.py" line="53"/>
        <source>Leave the name empty for now; set it in File › Settings</source>
        <translation>Dejar el nombre vacío por ahora; puede indicarlo en Archivo › Ajustes</translation>
    </message>
    <message>
        <location filename="../composer/ui/app.py" line="179"/>
        <source>Your settings could not be saved: {error}</source>
        <translation>No se pudo guardar su configuración: {error}</translation>
    </message>
</context>
<context>
    <name>BuyerMessagePane</name>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="116"/>
        <source>&amp;Quote selection</source>
        <translation>Citar el te&amp;xto seleccionado</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="117"/>
        <source>Copy the words you selected in the buyer&apos;s message into your reply, as a quote. Nothing of their message is sent otherwise.</source>
        <translation>Copiar en su respuesta, como cita, las palabras que ha seleccionado en el mensaje del comprador. Del mensaje del comprador no se envía nada más.</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="123"/>
        <location filename="../composer/ui/buyerpane.py" line="266"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="125"/>
        <source>Hide or show the buyer&apos;s message</source>
        <translation>Ocultar o mostrar el mensaje del comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="133"/>
        <source>The buyer&apos;s message (read-only, not sent)</source>
        <translation>El mensaje del comprador (solo lectura, no se envía)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="163"/>
        <source>✉ %1 wrote on %2</source>
        <translation>✉ %1 escribió el %2</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="169"/>
        <source>%1 (not sent with your reply)</source>
        <translation>%1 (no se envía con su respuesta)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="171"/>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="174"/>
        <source>(The e-mail had no words from the buyer.)</source>
        <translation>(El correo no contenía texto del comprador.)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="230"/>
        <source>%1: click to see it larger</source>
        <translation>%1: haga clic para verlo más grande</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="231"/>
        <source>Buyer&apos;s file %1</source>
        <translation>Archivo del comprador %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="239"/>
        <source>%1 (kept in your data folder; not a picture)</source>
        <translation>%1 (guardado en su carpeta de datos; no es una imagen)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="256"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="266"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
</context>
<context>
    <name>BuyerMessagesDialog</name>
    <message>
        <location filename="../composer/ui/inboxview.py" line="55"/>
        <source>Reply clock</source>
        <translation>Plazo de respuesta</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="56"/>
        <location filename="../composer/ui/inboxview.py" line="66"/>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="57"/>
        <location filename="../composer/ui/inboxview.py" line="63"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="58"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="59"/>
        <location filename="../composer/ui/inboxview.py" line="61"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="60"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="62"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="64"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="65"/>
        <source>What it did</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="68"/>
        <source>copied for Seller Central</source>
        <translation>copiada para Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="70"/>
        <source>copied formatted</source>
        <translation>copiada con formato</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="71"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="72"/>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="73"/>
        <source>No response needed</source>
        <translation>No necesita respuesta</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="77"/>
        <source>The buyer opted out of messages</source>
        <translation>El comprador se ha dado de baja de los mensajes</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="78"/>
        <source>Amazon did not deliver a message (guidelines)</source>
        <translation>Amazon no entregó un mensaje (directrices)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="80"/>
        <source>Proactive messages restricted</source>
        <translation>Mensajes por iniciativa propia restringidos</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="83"/>
        <source>Product details inquiry</source>
        <translation>Consulta sobre el producto</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="84"/>
        <source>Order delivery inquiry</source>
        <translation>Consulta sobre la entrega</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="85"/>
        <source>Shipping inquiry</source>
        <translation>Consulta sobre el envío</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="86"/>
        <source>Return request</source>
        <translation>Solicitud de devolución</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="87"/>
        <source>Customisation inquiry</source>
        <translation>Consulta sobre la personalización</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="88"/>
        <source>Cancellation request</source>
        <translation>Solicitud de cancelación</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="89"/>
        <source>Other question</source>
        <translation>Otra consulta</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="91"/>
        <source>“No response needed” here is your own note. Mark the message in Seller Central too (Buyer Messages › No response needed), or Amazon counts it as unanswered.</source>
        <translation>«No necesita respuesta» aquí es solo una nota para usted. Marque también el mensaje en Seller Central (Mensajes de compradores › No necesita respuesta); si no, Amazon lo cuenta como no respondido.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="95"/>
        <source>No buyer messages yet. Drop Amazon&apos;s e-mails (.eml, .msg or an mbox file) on the window, or use Import E-mail Files.</source>
        <translation>Todavía no hay mensajes de compradores. Suelte los correos de Amazon (.eml, .msg o un archivo mbox) en la ventana o use «Importar archivos de correo».</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="162"/>
        <location filename="../composer/ui/inboxview.py" line="185"/>
        <source>Buyer messages</source>
        <translation>Mensajes de compradores</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="174"/>
        <source>&amp;It was lifted: clear it</source>
        <translation>Se ha levantado: &amp;quitar el aviso</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="204"/>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="205"/>
        <source>Open a reply to this message (Enter)</source>
        <translation>Abrir una respuesta a este mensaje (Intro)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="207"/>
        <location filename="../composer/ui/inboxview.py" line="355"/>
        <source>&amp;No response needed</source>
        <translation>&amp;No necesita respuesta</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="208"/>
        <source>Mark it as needing no answer (for example a buyer&apos;s thank-you); press again to undo</source>
        <translation>Marcarlo como sin necesidad de respuesta (por ejemplo, un agradecimiento del comprador); vuelva a pulsar para deshacer</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="211"/>
        <source>&amp;Import e-mail files…</source>
        <translation>&amp;Importar archivos de correo…</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="213"/>
        <location filename="../composer/ui/inboxview.py" line="319"/>
        <source>&amp;Check mailbox</source>
        <translation>&amp;Comprobar el buzón</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="214"/>
        <source>Fetch new buyer messages from your mailbox (Settings › Receiving) (F5)</source>
        <translation>Descargar los mensajes nuevos de compradores de su buzón (Ajustes › Recepción) (F5)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="242"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="222"/>
        <source>&amp;Messages</source>
        <translation>&amp;Mensajes</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="225"/>
        <source>Notices from Amazon</source>
        <translation>Avisos de Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="228"/>
        <source>&amp;Open the message Amazon did not deliver</source>
        <translation>&amp;Abrir el mensaje que Amazon no entregó</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="230"/>
        <source>Open its draft and see what the checker says about it now: a refused message is the best test case you have</source>
        <translation>Abrir su borrador y ver qué dice ahora la revisión: un mensaje rechazado es el mejor caso de prueba que tiene</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="239"/>
        <source>Notices from &amp;Amazon</source>
        <translation>A&amp;visos de Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="275"/>
        <source>Messages you start to this buyer are blocked</source>
        <translation>Los mensajes por iniciativa propia a este comprador están bloqueados</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="276"/>
        <source>Marked in the sent log</source>
        <translation>Marcado en el registro de envíos</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="277"/>
        <source>No matching message in the sent log</source>
        <translation>Ningún mensaje coincidente en el registro de envíos</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="278"/>
        <source>Proactive messages paused</source>
        <translation>Mensajes por iniciativa propia en pausa</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="280"/>
        <source>Cleared by you</source>
        <translation>Quitado por usted</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="311"/>
        <source>⛔ Amazon restricted your proactive messages until the end of %1. Messages you start cannot be exported or sent until then; replies to buyers still go.</source>
        <translation>⛔ Amazon ha restringido sus mensajes por iniciativa propia hasta el %1 inclusive. Hasta entonces, los mensajes que inicie no se pueden exportar ni enviar; las respuestas a compradores siguen saliendo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="318"/>
        <source>&amp;Cancel check</source>
        <translation>&amp;Cancelar la comprobación</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="353"/>
        <source>&amp;Needs a response after all</source>
        <translation>&amp;Sí necesita respuesta</translation>
    </message>
</context>
<context>
    <name>BuyerView</name>
    <message>
        <location filename="../composer/ui/buyerview.py" line="117"/>
        <source>What your buyer receives</source>
        <translation>Lo que recibe su comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="121"/>
        <source>For&amp;matted</source>
        <translation>Con for&amp;mato</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="122"/>
        <source>Plain te&amp;xt</source>
        <translation>Te&amp;xto sin formato</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="123"/>
        <source>The HTML message after cleaning</source>
        <translation>El mensaje HTML después de la limpieza</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="124"/>
        <source>The text to paste into Seller Central&apos;s plain-text form</source>
        <translation>El texto para pegar en el formulario de texto de Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="141"/>
        <source>Subject the buyer sees</source>
        <translation>Asunto que ve el comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="166"/>
        <source>What is allowed…</source>
        <translation>Qué está permitido…</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="169"/>
        <source>Amazon does not publish its list of allowed formatting; Seller Composer uses its own careful list. See it in Settings.</source>
        <translation>Amazon no publica qué formatos permite; Seller Composer usa su propia lista, prudente. Puede verla en Ajustes.</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="176"/>
        <source>Not sent to the buyer</source>
        <translation>No se envía al comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="230"/>
        <source>Nothing: the message is sent as you wrote it.</source>
        <translation>Nada: el mensaje se envía tal como lo escribió.</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="241"/>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="243"/>
        <source>Subject: (none yet: fill in Subject above)</source>
        <translation>Asunto: (todavía ninguno: rellene «Asunto» arriba)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="246"/>
        <source>Left out of what is sent ({count})</source>
        <translation>Excluido del envío ({count})</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="247"/>
        <source>Nothing left out of what is sent</source>
        <translation>No se excluye nada del envío</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="248"/>
        <source>Show or hide what is left out of the message the buyer gets</source>
        <translation>Mostrar u ocultar lo que se excluye del mensaje que recibe el comprador</translation>
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
        <translation>Un problema que bloquea el envío solo se ignora con «No es…» en su tarjeta.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="105"/>
        <source>Fixed in the subject: {fix}. Ctrl+Z there undoes it.</source>
        <translation>Corregido en el asunto: {fix}. Ctrl+Z en el asunto lo deshace.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="134"/>
        <source>The text changed since the check; checking again…</source>
        <translation>El texto ha cambiado desde la revisión; revisando de nuevo…</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="151"/>
        <source>{label}: done. Read the highlighted sentence again and rewrite it if it needs it. Ctrl+Z undoes it.</source>
        <translation>{label}: hecho. Vuelva a leer la frase resaltada y reescríbala si hace falta. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="181"/>
        <source>Rewrite the highlighted words: Seller Composer can&apos;t tell which of them to remove without taking the rest of your message with them.</source>
        <translation>Reescriba las palabras resaltadas: Seller Composer no puede saber cuáles quitar sin llevarse el resto de su mensaje.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="205"/>
        <source>Put in “{words}”. Press Ctrl+Z to undo.</source>
        <translation>Se ha insertado «{words}». Pulse Ctrl+Z para deshacerlo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="211"/>
        <source>Fixed the format. Press Ctrl+Z to undo.</source>
        <translation>Formato corregido. Pulse Ctrl+Z para deshacerlo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fixapplier.py" line="214"/>
        <source>Fixed: {fix}. Press Ctrl+Z to undo.</source>
        <translation>Corregido: {fix}. Pulse Ctrl+Z para deshacerlo.</translation>
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
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="68"/>
        <source>Write the message to the buyer here.</source>
        <translation>Escriba aquí el mensaje para el comprador.</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="69"/>
        <source>Write your message to the buyer here…</source>
        <translation>Escriba aquí su mensaje para el comprador…</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="291"/>
        <source>Nothing pasted: the clipboard holds a picture, no text. Attach pictures as files.</source>
        <translation>No se pegó nada: el portapapeles contiene una imagen, no texto. Adjunte las imágenes como archivos.</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="293"/>
        <source>Nothing pasted: the clipboard holds no text.</source>
        <translation>No se pegó nada: el portapapeles no contiene texto.</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="339"/>
        <location filename="../composer/ui/editor.py" line="345"/>
        <source>Pasted as plain text.</source>
        <translation>Pegado como texto sin formato.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../composer/ui/datefield.py" line="29"/>
        <source>Not set</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location filename="../composer/ui/datefield.py" line="72"/>
        <source>Pick from a calendar</source>
        <translation>Elegir en un calendario</translation>
    </message>
    <message>
        <location filename="../composer/ui/datefield.py" line="73"/>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <location filename="../composer/ui/draftactions.py" line="66"/>
        <source>Rename draft</source>
        <translation>Cambiar el nombre del borrador</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="67"/>
        <source>Name in the drafts list (leave empty to use the subject):</source>
        <translation>Nombre en la lista de borradores (déjelo vacío para usar el asunto):</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="77"/>
        <source>“{title}” moved to the trash. Undo it in the drafts list.</source>
        <translation>«{title}» se ha movido a la papelera. Puede deshacerlo en la lista de borradores.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="93"/>
        <source>Open a message file</source>
        <translation>Abrir un archivo de mensaje</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="94"/>
        <source>Messages (*.html *.htm *.txt);;All files (*)</source>
        <translation>Mensajes (*.html *.htm *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="100"/>
        <source>The file could not be opened</source>
        <translation>No se pudo abrir el archivo</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="114"/>
        <source>Opened as a new draft (#{number}).</source>
        <translation>Abierto como borrador nuevo (n.º {number}).</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="136"/>
        <source>Started a new draft from “{template}”; the draft you wrote is kept in the list.</source>
        <translation>Se ha empezado un borrador nuevo a partir de «{template}»; el borrador que escribió sigue en la lista.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="177"/>
        <source>Fill in {names}: the findings panel shows where.</source>
        <translation>Complete {names}: los resultados de la revisión indican dónde.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="181"/>
        <source>To is left empty (not the open reply&apos;s buyer): Ctrl+Z in To puts the address back.</source>
        <translation>«Para» queda vacío (no es el comprador de la respuesta abierta): Ctrl+Z en «Para» vuelve a poner la dirección.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="191"/>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="192"/>
        <source>Template name:</source>
        <translation>Nombre de la plantilla:</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="201"/>
        <source>Saved as your template “{name}”.</source>
        <translation>Guardado como su plantilla «{name}».</translation>
    </message>
</context>
<context>
    <name>DraftNote</name>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="295"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerpane.py" line="296"/>
        <source>Hide this note</source>
        <translation>Ocultar esta nota</translation>
    </message>
</context>
<context>
    <name>DraftSession</name>
    <message>
        <location filename="../composer/ui/draftsession.py" line="73"/>
        <source>Your draft could not be saved ({error}). Seller Composer will try again; copy your text somewhere safe if this keeps happening.</source>
        <translation>No se pudo guardar su borrador ({error}). Seller Composer lo volverá a intentar; copie su texto en un lugar seguro si esto se repite.</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="47"/>
        <source>Ready to send</source>
        <translation>Listo para enviar</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="48"/>
        <source>Warnings to review</source>
        <translation>Advertencias que revisar</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="49"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="50"/>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="204"/>
        <location filename="../composer/ui/draftspanel.py" line="211"/>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="214"/>
        <source>New draft (Ctrl+N)</source>
        <translation>Nuevo borrador (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="216"/>
        <source>New from a template (Ctrl+Shift+N)</source>
        <translation>Nuevo desde una plantilla (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="219"/>
        <source>Duplicate the selected draft</source>
        <translation>Duplicar el borrador seleccionado</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="223"/>
        <source>Move the selected draft to the trash (Delete)</source>
        <translation>Mover el borrador seleccionado a la papelera (Supr)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="232"/>
        <source>Search drafts…</source>
        <translation>Buscar borradores…</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="234"/>
        <source>Search drafts</source>
        <translation>Buscar en los borradores</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="239"/>
        <source>Draft list</source>
        <translation>Lista de borradores</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="255"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="263"/>
        <source>Sho&amp;w trash</source>
        <translation>Mostrar pape&amp;lera</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="264"/>
        <source>Deleted drafts stay in the trash for 30 days. Select one and choose Restore.</source>
        <translation>Los borradores eliminados quedan 30 días en la papelera. Seleccione uno y elija «Restaurar».</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="267"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="329"/>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="352"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="353"/>
        <source>No drafts match.</source>
        <translation>Ningún borrador coincide.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="354"/>
        <source>No drafts yet.</source>
        <translation>Aún no hay borradores.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="377"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/draftspanel.py" line="379"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/draftspanel.py" line="381"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="383"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftspanel.py" line="392"/>
        <source>“{title}” moved to the trash.</source>
        <translation>«{title}» se ha movido a la papelera.</translation>
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
        <translation>Abrir el mensaje como borrador listo para enviar en su aplicación de correo, a la dirección de Amazon del comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="36"/>
        <source>Save as .eml…</source>
        <translation>Guardar como .eml…</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="37"/>
        <source>Save the message as an email file (.eml) that any email app can open</source>
        <translation>Guardar el mensaje como archivo de correo (.eml) que puede abrir cualquier aplicación de correo</translation>
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
        <location filename="../composer/ui/exportbar.py" line="107"/>
        <source>Sent log</source>
        <translation>Registro de envíos</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="109"/>
        <source>Everything you copied, saved or sent, and the Outbox</source>
        <translation>Todo lo que ha copiado, guardado o enviado, y la bandeja de salida</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="118"/>
        <source>Messages waiting to be sent: send them now or delete them</source>
        <translation>Mensajes pendientes de envío: envíelos ahora o elimínelos</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportbar.py" line="205"/>
        <source>{tip}. Not available: {reason}</source>
        <translation>{tip}. No disponible: {reason}</translation>
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
            <numerusform>Bandeja de salida: %n</numerusform>
            <numerusform>Bandeja de salida: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../composer/ui/exportflow.py" line="48"/>
        <location filename="../composer/ui/exportflow.py" line="49"/>
        <source>Copy anyway</source>
        <translation>Copiar de todos modos</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="50"/>
        <source>Open anyway</source>
        <translation>Abrir de todos modos</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="51"/>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="52"/>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="54"/>
        <source>Copied. In Seller Central, open the order, choose Contact Buyer and paste (Ctrl+V).</source>
        <translation>Copiado. En Seller Central, abra el pedido, elija «Contactar con el comprador» y pegue (Ctrl+V).</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="57"/>
        <source>Copied with its formatting. Paste it into an email to the buyer&apos;s Amazon address.</source>
        <translation>Copiado con su formato. Péguelo en un correo a la dirección de Amazon del comprador.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="60"/>
        <source>Opened in your email app as a draft. Check it there and send it.</source>
        <translation>Abierto como borrador en su aplicación de correo. Revíselo allí y envíelo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="62"/>
        <source>Saved. Open the file with your email app to send it.</source>
        <translation>Guardado. Abra el archivo con su aplicación de correo para enviarlo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="78"/>
        <source>The clipboard holds only the text: add {files} yourself in Seller Central (Contact Buyer › Add attachment).</source>
        <translation>El portapapeles solo contiene el texto: añada usted mismo {files} en Seller Central («Contactar con el comprador» › «Añadir archivo adjunto»).</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="81"/>
        <source>The clipboard holds only the text: attach {files} yourself in your email app.</source>
        <translation>El portapapeles solo contiene el texto: adjunte usted mismo {files} en su aplicación de correo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="94"/>
        <source>You chose to ignore: {title}. Amazon may still block it.</source>
        <translation>Ha decidido ignorar: {title}. Amazon aún puede bloquear el mensaje.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="144"/>
        <source>⚠ By e-mail this goes out from {sender}, but Amazon wrote to {delivered} (Settings › Sending). Copy for Seller Central is not affected.</source>
        <translation>⚠ Por correo, el mensaje sale de {sender}, pero Amazon escribió a {delivered} (Ajustes › Envío). «Copiar para Seller Central» no se ve afectado.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="149"/>
        <source>⚠ Open in email app, Save as .eml and Send: {title}</source>
        <translation>⚠ Abrir en el correo, Guardar como .eml y Enviar: {title}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="164"/>
        <source>Copied the text. In Seller Central, paste it and attach “{name}” yourself.</source>
        <translation>Texto copiado. En Seller Central, péguelo y adjunte usted mismo «{name}».</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="167"/>
        <source>Copied the text. In Seller Central, paste it and attach the %n files yourself.</source>
        <translation>Texto copiado. En Seller Central, péguelo y adjunte usted mismo los %n archivos.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="171"/>
        <source>Copied with its formatting. Paste it into an email and attach “{name}” yourself.</source>
        <translation>Copiado con su formato. Péguelo en un correo y adjunte usted mismo «{name}».</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="175"/>
        <source>Copied with its formatting. Paste it into an email and attach the %n files yourself.</source>
        <translation>Copiado con su formato. Péguelo en un correo y adjunte usted mismo los %n archivos.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="254"/>
        <source>The sent log could not be tidied: {error}</source>
        <translation>No se pudo depurar el registro de envíos: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="275"/>
        <source>Checking the message once more before it leaves…</source>
        <translation>Revisando el mensaje una vez más antes de que salga…</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="282"/>
        <source>Nothing was exported</source>
        <translation>No se ha exportado nada</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="283"/>
        <source>The message could not be prepared: {error}</source>
        <translation>No se pudo preparar el mensaje: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="290"/>
        <location filename="../composer/ui/exportflow.py" line="295"/>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="294"/>
        <source> (Settings › Sending)</source>
        <translation> (Ajustes › Envío)</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="301"/>
        <source>Daily limit reached</source>
        <translation>Límite diario alcanzado</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="324"/>
        <source>Today&apos;s message count could not be read: {error}</source>
        <translation>No se pudo leer el número de mensajes de hoy: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="344"/>
        <source>Check first</source>
        <translation>Revise antes</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="340"/>
        <source>Only the text is copied:</source>
        <translation>Solo se copia el texto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="342"/>
        <source>Copy the text</source>
        <translation>Copiar el texto</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="343"/>
        <source>Go back and edit</source>
        <translation>Volver y editar</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="353"/>
        <source>Send to the buyer</source>
        <translation>Enviar al comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="355"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="355"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="356"/>
        <source>Fill in the subject</source>
        <translation>Rellenar el asunto</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="410"/>
        <location filename="../composer/ui/exportflow.py" line="421"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="411"/>
        <source>The file was not saved: {problem}.</source>
        <translation>El archivo no se ha guardado: {problem}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="422"/>
        <source>The file could not be written: {error}</source>
        <translation>No se pudo escribir el archivo: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="428"/>
        <source>No email app opened it</source>
        <translation>Ninguna aplicación de correo lo abrió</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="429"/>
        <source>The message is saved as
{path}

Open that file from your email app, or use “Copy formatted” and paste it into a new email.</source>
        <translation>El mensaje se ha guardado como
{path}

Abra ese archivo desde su aplicación de correo, o use «Copiar con formato» y péguelo en un correo nuevo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="442"/>
        <source>Save as an email file</source>
        <translation>Guardar como archivo de correo</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="443"/>
        <source>Email files (*.eml)</source>
        <translation>Archivos de correo (*.eml)</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="454"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="455"/>
        <source>{how}, but the sent log could not be updated: {error}</source>
        <translation>{how}, pero no se pudo actualizar el registro de envíos: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/confirmbox.py" line="43"/>
        <source>Send to {alias} now?</source>
        <translation>¿Enviar ahora a {alias}?</translation>
    </message>
    <message>
        <location filename="../composer/ui/confirmbox.py" line="46"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <location filename="../composer/ui/confirmbox.py" line="47"/>
        <source>Order {order}: {subject}</source>
        <translation>Pedido {order}: {subject}</translation>
    </message>
    <message>
        <location filename="../composer/ui/confirmbox.py" line="68"/>
        <source>Show the files</source>
        <translation>Mostrar los archivos</translation>
    </message>
</context>
<context>
    <name>FileUndo</name>
    <message>
        <location filename="../composer/ui/fileundo.py" line="95"/>
        <source>Removed “{name}”.</source>
        <translation>Se quitó «{name}».</translation>
    </message>
    <message>
        <location filename="../composer/ui/fileundo.py" line="146"/>
        <source>Put back “{name}”.</source>
        <translation>«{name}» vuelve a estar adjunto.</translation>
    </message>
    <message>
        <location filename="../composer/ui/fileundo.py" line="150"/>
        <source>Removed “{name}” again.</source>
        <translation>Se volvió a quitar «{name}».</translation>
    </message>
    <message>
        <location filename="../composer/ui/fileundo.py" line="152"/>
        <source>Attached the fixed copy “{name}” again.</source>
        <translation>La copia corregida «{name}» vuelve a estar adjunta.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../composer/ui/findbar.py" line="23"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="25"/>
        <source>Words in the message</source>
        <translation>Palabras del mensaje</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="27"/>
        <source>Find in the message</source>
        <translation>Buscar en el mensaje</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="30"/>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="31"/>
        <source>&amp;Next</source>
        <translation>Si&amp;guiente</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="32"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="33"/>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <location filename="../composer/ui/findbar.py" line="77"/>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/findbar.py" line="78"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../composer/ui/findingcard.py" line="30"/>
        <source>Blocks sending</source>
        <translation>Bloquea el envío</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="31"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
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
        <translation>Corregir</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="101"/>
        <location filename="../composer/ui/findingcard.py" line="195"/>
        <source>Fix: {label}</source>
        <translation>Corregir: {label}</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="102"/>
        <source>Apply this fix. Ctrl+Z undoes it.</source>
        <translation>Aplicar esta corrección. Ctrl+Z la deshace.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="118"/>
        <source>Ignore here</source>
        <translation>Ignorar aquí</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="121"/>
        <source>Hide this one occurrence. The rule still checks the rest of the message.</source>
        <translation>Ocultar solo esta aparición. La regla sigue revisando el resto del mensaje.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="127"/>
        <source>Tell Seller Composer these words are not what it found. You are asked to confirm, with what is at risk.</source>
        <translation>Indicar a Seller Composer que estas palabras no son lo que encontró. Se le pide confirmar, con el riesgo que supone.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="158"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="159"/>
        <source>This is not {nouns}…</source>
        <translation>No es {nouns}…</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="169"/>
        <source>[picture]</source>
        <translation>[imagen]</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingcard.py" line="179"/>
        <source>Source: {sources}</source>
        <translation>Fuente: {sources}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="74"/>
        <source>Policy findings</source>
        <translation>Resultados de la revisión</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="81"/>
        <location filename="../composer/ui/findingspanel.py" line="87"/>
        <location filename="../composer/ui/findingspanel.py" line="136"/>
        <source>Checking…</source>
        <translation>Revisando…</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="83"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="107"/>
        <source>Show them again</source>
        <translation>Volver a mostrarlos</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="288"/>
        <source>…and {count} more. Fix the ones above first; the list updates as you go.</source>
        <translation>…y {count} más. Corrija primero los de arriba; la lista se actualiza sobre la marcha.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="344"/>
        <source>✓ Fixed. Ctrl+Z undoes it.</source>
        <translation>✓ Corregido. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="345"/>
        <source>Ignored here.</source>
        <translation>Ignorado aquí.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="345"/>
        <source>✓ No longer found.</source>
        <translation>✓ Ya no se detecta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/findingspanel.py" line="370"/>
        <source>%n finding(s) ignored here.</source>
        <translation>
            <numerusform>%n resultado ignorado aquí.</numerusform>
            <numerusform>%n resultados ignorados aquí.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/cardparts.py" line="274"/>
        <source>No problems found</source>
        <translation>No se encontraron problemas</translation>
    </message>
    <message>
        <location filename="../composer/ui/cardparts.py" line="278"/>
        <source>Nothing in this message breaks Amazon&apos;s messaging rules that Seller Composer knows of. Read it once more as your buyer would, then send it.</source>
        <translation>Nada en este mensaje incumple las normas de mensajería de Amazon que conoce Seller Composer. Léalo una vez más como lo haría su comprador y envíelo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="375"/>
        <source>Rules dated {date}. Seller Composer&apos;s own summary of Amazon&apos;s guidelines; Amazon does not publish its scanner&apos;s rules.</source>
        <translation>Normas del {date}. Resumen propio de Seller Composer de las directrices de Amazon; Amazon no publica las reglas de su filtro.</translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <location filename="../composer/ui/formatbar.py" line="29"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="30"/>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="31"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="32"/>
        <source>Redo what was undone</source>
        <translation>Rehacer lo deshecho</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="33"/>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="34"/>
        <source>Bold: for a word or two that must stand out</source>
        <translation>Negrita: para una o dos palabras que deben destacar</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="36"/>
        <location filename="../composer/ui/formatbar.py" line="38"/>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="39"/>
        <location filename="../composer/ui/formatbar.py" line="40"/>
        <source>Underline</source>
        <translation>Subrayado</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="42"/>
        <location filename="../composer/ui/formatbar.py" line="43"/>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="44"/>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="45"/>
        <source>Numbered list: good for steps</source>
        <translation>Lista numerada: útil para pasos</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="47"/>
        <location filename="../composer/ui/formatbar.py" line="49"/>
        <source>Heading {level}</source>
        <translation>Título {level}</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="48"/>
        <source>Heading 1 (largest)</source>
        <translation>Título 1 (el más grande)</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="52"/>
        <source>Normal text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="53"/>
        <source>Make the paragraph normal text again</source>
        <translation>Volver a poner el párrafo como texto normal</translation>
    </message>
    <message>
        <location filename="../composer/ui/formatbar.py" line="124"/>
        <location filename="../composer/ui/formatbar.py" line="126"/>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../composer/ui/headerform.py" line="58"/>
        <source>buyer alias, e.g. abc123xyz@marketplace.amazon.com</source>
        <translation>alias del comprador, p. ej. abc123xyz@marketplace.amazon.es</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="60"/>
        <source>e.g. 113-4567890-1234567</source>
        <translation>p. ej. 113-4567890-1234567</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="67"/>
        <source>e.g. Brass desk lamp (fills {product})</source>
        <translation>p. ej. Lámpara de escritorio de latón (rellena {product})</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="81"/>
        <source>&amp;Just now</source>
        <translation>Ahora mism&amp;o</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="82"/>
        <source>The buyer&apos;s message arrived a moment ago</source>
        <translation>El mensaje del comprador acaba de llegar</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="87"/>
        <source>Time left to reply</source>
        <translation>Tiempo restante para responder</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="88"/>
        <source>Amazon counts a reply as late after 24 hours, weekends and holidays included.</source>
        <translation>Amazon considera tardía una respuesta después de 24 horas, fines de semana y festivos incluidos.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="125"/>
        <source>A short, clear subject, e.g. Delivery date for your order</source>
        <translation>Un asunto breve y claro, p. ej. Fecha de entrega de su pedido</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="135"/>
        <source>&amp;To:</source>
        <translation>Pa&amp;ra:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="136"/>
        <source>The buyer&apos;s Amazon alias address, from the order page in Seller Central</source>
        <translation>La dirección alias de Amazon del comprador, de la página del pedido en Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="138"/>
        <source>&amp;Order ID:</source>
        <translation>N.º de &amp;pedido:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="139"/>
        <source>The 17-digit Amazon order ID (3-7-7 digits)</source>
        <translation>El número de pedido de Amazon de 17 dígitos (3-7-7)</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="141"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="142"/>
        <source>What the message is for. Amazon allows only certain reasons to write.</source>
        <translation>Para qué es el mensaje. Amazon solo permite ciertos motivos.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="143"/>
        <source>Order &amp;date:</source>
        <translation>Fec&amp;ha del pedido:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="144"/>
        <source>The date the order was placed</source>
        <translation>La fecha del pedido</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="146"/>
        <source>&amp;Subject:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="147"/>
        <source>The subject line the buyer sees</source>
        <translation>La línea de asunto que ve el comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="148"/>
        <source>&amp;Language:</source>
        <translation>Id&amp;ioma:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="149"/>
        <source>The buyer&apos;s preferred language. Amazon requires messages in it.</source>
        <translation>El idioma preferido del comprador. Amazon exige los mensajes en ese idioma.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="151"/>
        <source>&amp;Product:</source>
        <translation>Prod&amp;ucto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="152"/>
        <source>The product&apos;s name: it fills {product} in templates and is never marked as a spelling mistake</source>
        <translation>El nombre del producto: rellena {product} en las plantillas y nunca se marca como error ortográfico</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="154"/>
        <source>Deli&amp;vered:</source>
        <translation>Entre&amp;gado:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="155"/>
        <source>The date the order was delivered: review requests may be sent from 5 to 30 days after it</source>
        <translation>La fecha de entrega del pedido: las peticiones de reseña pueden enviarse de 5 a 30 días después</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="159"/>
        <source>&amp;Buyer wrote at:</source>
        <translation>El &amp;comprador escribió:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="160"/>
        <source>When the buyer&apos;s message arrived (your computer&apos;s time). Amazon counts a reply as late after 24 hours.</source>
        <translation>Cuándo llegó el mensaje del comprador (hora de su ordenador). Amazon considera tardía una respuesta después de 24 horas.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="162"/>
        <source>Buyer&apos;s message received at</source>
        <translation>Mensaje del comprador recibido el</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="276"/>
        <source>{problem} Until then the date counts as not set.</source>
        <translation>{problem} Mientras tanto, la fecha se considera sin indicar.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="384"/>
        <source>Enter when the buyer wrote to see the time left to reply.</source>
        <translation>Indique cuándo escribió el comprador para ver el tiempo que queda para responder.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="411"/>
        <source>{clock} · was due {when}</source>
        <translation>{clock} · vencía {when}</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="413"/>
        <source>{clock} · due {when}</source>
        <translation>{clock} · vence {when}</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="433"/>
        <source>Answered {when}</source>
        <translation>Respondido el {when}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="23"/>
        <source>&amp;Quick guide</source>
        <translation>&amp;Guía rápida</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="24"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="25"/>
        <source>&amp;Policy rules</source>
        <translation>&amp;Normas</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="26"/>
        <source>Blocks sending</source>
        <translation>Bloquean el envío</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="27"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="28"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="37"/>
        <source>Policy rules</source>
        <translation>Normas</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="38"/>
        <source>Rules dated %1. Amazon does not publish its scanner&apos;s rules; this is Seller Composer&apos;s own summary of Amazon&apos;s guidelines, and where sources disagree it takes the stricter reading.</source>
        <translation>Normas del %1. Amazon no publica las reglas de su filtro; este es el resumen propio de Seller Composer de las directrices de Amazon y, cuando las fuentes no coinciden, adopta la lectura más estricta.</translation>
    </message>
    <message>
        <location filename="../composer/ui/helpdialog.py" line="70"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="45"/>
        <source>E-mail files (*.eml *.msg *.mbox *.mbx);;All files (*)</source>
        <translation>Archivos de correo (*.eml *.msg *.mbox *.mbx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="109"/>
        <source>Buyer messages waiting for your reply (Ctrl+Shift+M)</source>
        <translation>Mensajes de compradores que esperan su respuesta (Ctrl+Mayús+M)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="130"/>
        <source>&amp;Messages</source>
        <translation>&amp;Mensajes</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="133"/>
        <source>&amp;Buyer Messages…</source>
        <translation>Mensajes de &amp;compradores…</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="134"/>
        <source>Buyer messages waiting for a reply, answered ones, and Amazon&apos;s notices</source>
        <translation>Mensajes de compradores pendientes de respuesta, los respondidos y los avisos de Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="137"/>
        <source>&amp;Import E-mail Files…</source>
        <translation>&amp;Importar archivos de correo…</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="138"/>
        <source>Import Amazon&apos;s e-mails (.eml, Outlook .msg, an mbox folder file)</source>
        <translation>Importar los correos de Amazon (.eml, .msg de Outlook, un archivo de carpeta mbox)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="141"/>
        <source>&amp;Check Mailbox</source>
        <translation>Comprobar el &amp;buzón</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="142"/>
        <source>Fetch new buyer messages from your mailbox (Settings › Receiving)</source>
        <translation>Descargar los nuevos mensajes de compradores de su buzón (Ajustes › Recepción)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="145"/>
        <source>I Used Amazon&apos;s &amp;Request a Review for This Order</source>
        <translation>He usado «&amp;Solicitar una reseña» de Amazon para este pedido</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="147"/>
        <source>Amazon allows one review request per order, its own button included</source>
        <translation>Amazon permite una sola petición de reseña por pedido, incluido su propio botón</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="161"/>
        <source>What Changed in Amazon&apos;s &amp;Rules</source>
        <translation>&amp;Qué ha cambiado en las normas de Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="162"/>
        <source>The 2025–2026 changes to Amazon&apos;s messaging rules</source>
        <translation>Los cambios de 2025–2026 en las normas de mensajería de Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="176"/>
        <source>It was &amp;lifted: clear it</source>
        <translation>Se ha levantado: &amp;quitar el aviso</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="195"/>
        <source>Buyer messages could not be read: %1</source>
        <translation>No se han podido leer los mensajes de compradores: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/inboxflow.py" line="198"/>
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln en espera</numerusform>
            <numerusform>%Ln en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="199"/>
        <source>Buyer messages</source>
        <translation>Mensajes de compradores</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="218"/>
        <source>⛔ Amazon restricted your proactive messages until the end of %1. Messages you start cannot be exported or sent until then; replies to buyers still go.</source>
        <translation>⛔ Amazon ha restringido sus mensajes por iniciativa propia hasta el %1 inclusive. Hasta entonces, los mensajes que inicie no se pueden exportar ni enviar; las respuestas a compradores siguen saliendo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="225"/>
        <source>⛔ Messages you start are paused until %1; replies still go.</source>
        <translation>⛔ Mensajes propios en pausa hasta el %1; las respuestas sí salen.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="249"/>
        <source>Amazon did not deliver this message: its notice of %1 says it did not meet the communication guidelines. Look at what the checker says now, and change it before you send anything like it again.</source>
        <translation>Amazon no entregó este mensaje: su aviso del %1 indica que no cumplía las directrices de comunicación. Mire lo que dice ahora la revisión y cámbielo antes de volver a enviar algo parecido.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="272"/>
        <source>Import Amazon&apos;s e-mails</source>
        <translation>Importar los correos de Amazon</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/inboxflow.py" line="282"/>
        <source>Reading %Ln e-mail file(s)…</source>
        <translation>
            <numerusform>Leyendo %Ln archivo de correo…</numerusform>
            <numerusform>Leyendo %Ln archivos de correo…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="287"/>
        <location filename="../composer/ui/inboxflow.py" line="296"/>
        <source>Nothing was imported</source>
        <translation>No se ha importado nada</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="297"/>
        <source>The e-mails could not be stored: %1</source>
        <translation>No se han podido guardar los correos: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="307"/>
        <source>Some e-mails were left out</source>
        <translation>Se han omitido algunos correos</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="367"/>
        <source>The buyer&apos;s e-mail is dated later than this computer&apos;s clock, so “Buyer wrote at” shows the time now.</source>
        <translation>El correo del comprador tiene una fecha posterior al reloj de este ordenador, así que «El comprador escribió» muestra la hora actual.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="378"/>
        <source>Marked “No response needed”. Mark it in Seller Central too, or Amazon counts it as unanswered.</source>
        <translation>Marcado como «No necesita respuesta». Márquelo también en Seller Central; si no, Amazon lo cuenta como no respondido.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="396"/>
        <source>No draft to open</source>
        <translation>No hay borrador que abrir</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="397"/>
        <source>This message was not written in Seller Composer (or its draft was deleted for good), so only its subject and fingerprint are in the sent log.</source>
        <translation>Este mensaje no se escribió en Seller Composer (o su borrador se eliminó definitivamente), así que en el registro de envíos solo están su asunto y su huella.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="414"/>
        <source>Which order?</source>
        <translation>¿Qué pedido?</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="415"/>
        <source>Fill in the order ID in the header first; the record is kept for that order.</source>
        <translation>Escriba primero el número de pedido en la cabecera; el registro se guarda para ese pedido.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="419"/>
        <source>Request a Review</source>
        <translation>Solicitar una reseña</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="420"/>
        <source>Record that you used Amazon&apos;s Request a Review button for order %1? Amazon allows one review request per order, so Seller Composer will then block a review or feedback request in a message for it.</source>
        <translation>¿Registrar que ha usado el botón «Solicitar una reseña» de Amazon para el pedido %1? Amazon permite una sola petición de reseña por pedido, así que Seller Composer bloqueará después cualquier petición de reseña o valoración en un mensaje para ese pedido.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="429"/>
        <source>Recorded Request a Review for %1.</source>
        <translation>«Solicitar una reseña» registrado para %1.</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxflow.py" line="431"/>
        <source>This order already had a request on %1.</source>
        <translation>Este pedido ya tenía una petición el %1.</translation>
    </message>
</context>
<context>
    <name>InboxWords</name>
    <message>
        <location filename="../composer/ui/inboxview.py" line="125"/>
        <source>Late by %1</source>
        <translation>Con %1 de retraso</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="126"/>
        <source>%1 left to reply</source>
        <translation>Quedan %1 para responder</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="131"/>
        <source>Answered (%1, %2)</source>
        <translation>Respondido (%1, %2)</translation>
    </message>
    <message>
        <location filename="../composer/ui/inboxview.py" line="132"/>
        <source>Answered %1</source>
        <translation>Respondido el %1</translation>
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
        <translation>Idioma de la app</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="29"/>
        <source>The language of menus, messages and checks in Seller Composer. The buyer&apos;s language is chosen in each message.</source>
        <translation>El idioma de los menús, avisos y comprobaciones de Seller Composer. El idioma del comprador se elige en cada mensaje.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="37"/>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Idioma de la app:</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="39"/>
        <source>Takes effect the next time Seller Composer starts. It does not change the language you write to buyers in.</source>
        <translation>Se aplica la próxima vez que se inicie Seller Composer. No cambia el idioma en que escribe a los compradores.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="67"/>
        <source>Seller Composer will use %1 after a restart.</source>
        <translation>Seller Composer usará %1 después de reiniciarse.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="69"/>
        <source>Your open draft has been saved. Restart now, and it opens again with the cursor where it was; or later, the next time you start Seller Composer.</source>
        <translation>Su borrador abierto se ha guardado. Reinicie ahora y se abrirá de nuevo con el cursor donde estaba; o más tarde, la próxima vez que inicie Seller Composer.</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="72"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <location filename="../composer/ui/languagechoice.py" line="74"/>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
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
        <translation>la zona horaria de este ordenador</translation>
    </message>
    <message>
        <location filename="../composer/ui/localwords.py" line="82"/>
        <source>Times in %1 (File › Settings › General)</source>
        <translation>Horas en %1 (Archivo › Configuración › General)</translation>
    </message>
</context>
<context>
    <name>MailboxCheck</name>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="54"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="55"/>
        <source>Stop checking the mailbox; what was read is kept</source>
        <translation>Dejar de comprobar el buzón; lo ya leído se conserva</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="56"/>
        <source>Cancel the mailbox check</source>
        <translation>Cancelar la comprobación del buzón</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="83"/>
        <source>Check mailbox</source>
        <translation>Comprobar el buzón</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="84"/>
        <source>Password for %1 on %2:</source>
        <translation>Contraseña de %1 en %2:</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="94"/>
        <source>Checking your mailbox (%1)…</source>
        <translation>Comprobando su buzón (%1)…</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="104"/>
        <source>Stopping the mailbox check…</source>
        <translation>Deteniendo la comprobación del buzón…</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/mailboxcheck.py" line="126"/>
        <source>Checking your mailbox… %Ln new so far</source>
        <translation>
            <numerusform>Comprobando su buzón… %Ln nuevo por ahora</numerusform>
            <numerusform>Comprobando su buzón… %Ln nuevos por ahora</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="133"/>
        <source>The new e-mails could not be stored: %1</source>
        <translation>No se han podido guardar los correos nuevos: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/mailboxcheck.py" line="150"/>
        <source>The mailbox could not be checked (%1); you can keep working.</source>
        <translation>No se ha podido comprobar el buzón (%1); puede seguir trabajando.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="50"/>
        <source>The message exactly as the buyer will receive it (Ctrl+Shift+B)</source>
        <translation>El mensaje exactamente como lo recibirá el comprador (Ctrl+Mayús+B)</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="98"/>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="99"/>
        <source>Write and format the message</source>
        <translation>Escribir y dar formato al mensaje</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="100"/>
        <location filename="../composer/ui/mainwindow.py" line="198"/>
        <source>Buyer&apos;s view</source>
        <translation>Vista del comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="475"/>
        <source>Your draft could not be saved</source>
        <translation>No se pudo guardar su borrador</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="476"/>
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
        <translation>Nombre comercial, pedidos al día, zona horaria y cómo se envían los mensajes</translation>
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
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="77"/>
        <source>Fo&amp;rmat</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="84"/>
        <source>V&amp;iew</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowmenus.py" line="94"/>
        <source>Se&amp;nd</source>
        <translation>E&amp;nviar</translation>
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
        <location filename="../composer/ui/windowmenus.py" line="96"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>NotADialog</name>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="33"/>
        <source>Send these words as they are?</source>
        <translation>¿Enviar estas palabras tal cual?</translation>
    </message>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="36"/>
        <source>Seller Composer reads these words as a problem that blocks sending:</source>
        <translation>Seller Composer ve en estas palabras un problema que bloquea el envío:</translation>
    </message>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="39"/>
        <source>Seller Composer reads these words as a problem that blocks sending.</source>
        <translation>Seller Composer ve en estas palabras un problema que bloquea el envío.</translation>
    </message>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="53"/>
        <source>This is not {noun}</source>
        <translation>No es {noun}</translation>
    </message>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="64"/>
        <source>Ignore here</source>
        <translation>Ignorar aquí</translation>
    </message>
    <message>
        <location filename="../composer/ui/ignoredialog.py" line="66"/>
        <source>Keep checking it</source>
        <translation>Seguir revisándolo</translation>
    </message>
</context>
<context>
    <name>OrderFigures</name>
    <message>
        <location filename="../composer/ui/orderimport.py" line="59"/>
        <source> (%1, rounded down so the limit is never too high)</source>
        <translation> (%1, redondeado a la baja para que el límite nunca sea demasiado alto)</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/orderimport.py" line="61"/>
        <source>&lt;b&gt;%1 orders a day&lt;/b&gt;%2: %Ln order(s) from %3 to %4 (%5 days, today left out because it is not over).</source>
        <translation>
            <numerusform>&lt;b&gt;%1 pedidos al día&lt;/b&gt;%2: %Ln pedido del %3 al %4 (%5 días; hoy no se cuenta porque aún no ha terminado).</numerusform>
            <numerusform>&lt;b&gt;%1 pedidos al día&lt;/b&gt;%2: %Ln pedidos del %3 al %4 (%5 días; hoy no se cuenta porque aún no ha terminado).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="67"/>
        <source>Your daily message limit would be (%1 × 5) + 600 = &lt;b&gt;%2&lt;/b&gt; messages.</source>
        <translation>Su límite diario de mensajes sería (%1 × 5) + 600 = &lt;b&gt;%2&lt;/b&gt; mensajes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/orderimport.py" line="72"/>
        <source>The report has %Ln line(s) with orders from %1 to %2; an order with several items is counted once.</source>
        <translation>
            <numerusform>El informe tiene %Ln línea con pedidos del %1 al %2; un pedido con varios artículos cuenta una vez.</numerusform>
            <numerusform>El informe tiene %Ln líneas con pedidos del %1 al %2; un pedido con varios artículos cuenta una vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/orderimport.py" line="76"/>
        <source>The report has %Ln line(s); an order with several items is counted once.</source>
        <translation>
            <numerusform>El informe tiene %Ln línea; un pedido con varios artículos cuenta una vez.</numerusform>
            <numerusform>El informe tiene %Ln líneas; un pedido con varios artículos cuenta una vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/orderimport.py" line="79"/>
        <source>%Ln cancelled order(s) left out.</source>
        <translation>
            <numerusform>%Ln pedido cancelado no se cuenta.</numerusform>
            <numerusform>%Ln pedidos cancelados no se cuentan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderImportDialog</name>
    <message>
        <location filename="../composer/ui/orderimport.py" line="99"/>
        <source>Import your order report</source>
        <translation>Importar su informe de pedidos</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="108"/>
        <source>In Seller Central, open &lt;b&gt;Reports › Fulfilment › All Orders&lt;/b&gt;, download the report for at least the last 30 days as a text file, and choose it here. Seller Composer counts your orders; nothing is sent anywhere.</source>
        <translation>En Seller Central, abra &lt;b&gt;Informes › Logística › Todos los pedidos&lt;/b&gt;, descargue el informe de al menos los últimos 30 días como archivo de texto y elíjalo aquí. Seller Composer cuenta sus pedidos; no se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="116"/>
        <source>No report chosen</source>
        <translation>Ningún informe elegido</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="117"/>
        <source>Order report file</source>
        <translation>Archivo del informe de pedidos</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="118"/>
        <source>&amp;Choose report…</source>
        <translation>&amp;Elegir informe…</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="123"/>
        <source>Average over:</source>
        <translation>Media de:</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="124"/>
        <source>the last &amp;7 days</source>
        <translation>los últimos &amp;7 días</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="125"/>
        <source>the last &amp;30 days</source>
        <translation>los últimos &amp;30 días</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="136"/>
        <source>Figures used</source>
        <translation>Cifras usadas</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="140"/>
        <source>&amp;Use this average</source>
        <translation>&amp;Usar esta media</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="156"/>
        <source>Choose the All Orders report</source>
        <translation>Elegir el informe «Todos los pedidos»</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="157"/>
        <source>Amazon order reports (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>Informes de pedidos de Amazon (*.txt *.tsv *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="167"/>
        <source>Reading the report…</source>
        <translation>Leyendo el informe…</translation>
    </message>
    <message>
        <location filename="../composer/ui/orderimport.py" line="182"/>
        <source>The report could not be read: %1</source>
        <translation>No se ha podido leer el informe: %1</translation>
    </message>
</context>
<context>
    <name>PasteReport</name>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="47"/>
        <source>colours</source>
        <translation>colores</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="48"/>
        <source>fonts</source>
        <translation>fuentes</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="49"/>
        <source>text sizes</source>
        <translation>tamaños de texto</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="50"/>
        <source>alignment</source>
        <translation>alineación</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="51"/>
        <source>highlighting</source>
        <translation>resaltado</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="52"/>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="53"/>
        <source>links</source>
        <translation>enlaces</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="54"/>
        <source>tables</source>
        <translation>tablas</translation>
    </message>
    <message>
        <location filename="../composer/ui/pasteclean.py" line="68"/>
        <source>Pasted without {items}: Amazon does not allow them in messages.</source>
        <translation>Pegado sin {items}: Amazon no los permite en los mensajes.</translation>
    </message>
</context>
<context>
    <name>PlaceholderFill</name>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="142"/>
        <source>Changed “{old}” to “{new}” in the message (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>«{old}» se ha cambiado por «{new}» en el mensaje (%n lugar). Ctrl+Z en el mensaje lo deshace.</numerusform>
            <numerusform>«{old}» se ha cambiado por «{new}» en el mensaje (%n lugares). Ctrl+Z en el mensaje lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="145"/>
        <source>Changed “{old}” to “{new}” in the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>«{old}» se ha cambiado por «{new}» en el asunto (%n lugar). Ctrl+Z en el mensaje lo deshace.</numerusform>
            <numerusform>«{old}» se ha cambiado por «{new}» en el asunto (%n lugares). Ctrl+Z en el mensaje lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="147"/>
        <source>Changed “{old}” to “{new}” in the message and the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>«{old}» se ha cambiado por «{new}» en el mensaje y el asunto (%n lugar). Ctrl+Z en el mensaje lo deshace.</numerusform>
            <numerusform>«{old}» se ha cambiado por «{new}» en el mensaje y el asunto (%n lugares). Ctrl+Z en el mensaje lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="154"/>
        <source>Put the order ID into the message (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Se ha insertado el número de pedido en el mensaje (%n lugar). Ctrl+Z en el mensaje lo deshace.</numerusform>
            <numerusform>Se ha insertado el número de pedido en el mensaje (%n lugares). Ctrl+Z en el mensaje lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="157"/>
        <source>Put the order ID into the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Se ha insertado el número de pedido en el asunto (%n lugar). Ctrl+Z en el mensaje lo deshace.</numerusform>
            <numerusform>Se ha insertado el número de pedido en el asunto (%n lugares). Ctrl+Z en el mensaje lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="159"/>
        <source>Put the order ID into the message and the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Se ha insertado el número de pedido en el mensaje y el asunto (%n lugar). Ctrl+Z en el mensaje lo deshace.</numerusform>
            <numerusform>Se ha insertado el número de pedido en el mensaje y el asunto (%n lugares). Ctrl+Z en el mensaje lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="163"/>
        <source>Put the product&apos;s name into the message (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Se ha insertado el nombre del producto en el mensaje (%n lugar). Ctrl+Z en el mensaje lo deshace.</numerusform>
            <numerusform>Se ha insertado el nombre del producto en el mensaje (%n lugares). Ctrl+Z en el mensaje lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="166"/>
        <source>Put the product&apos;s name into the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Se ha insertado el nombre del producto en el asunto (%n lugar). Ctrl+Z en el mensaje lo deshace.</numerusform>
            <numerusform>Se ha insertado el nombre del producto en el asunto (%n lugares). Ctrl+Z en el mensaje lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="168"/>
        <source>Put the product&apos;s name into the message and the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Se ha insertado el nombre del producto en el mensaje y el asunto (%n lugar). Ctrl+Z en el mensaje lo deshace.</numerusform>
            <numerusform>Se ha insertado el nombre del producto en el mensaje y el asunto (%n lugares). Ctrl+Z en el mensaje lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="172"/>
        <source>Put the delivery date into the message (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Se ha insertado la fecha de entrega en el mensaje (%n lugar). Ctrl+Z en el mensaje lo deshace.</numerusform>
            <numerusform>Se ha insertado la fecha de entrega en el mensaje (%n lugares). Ctrl+Z en el mensaje lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="175"/>
        <source>Put the delivery date into the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Se ha insertado la fecha de entrega en el asunto (%n lugar). Ctrl+Z en el mensaje lo deshace.</numerusform>
            <numerusform>Se ha insertado la fecha de entrega en el asunto (%n lugares). Ctrl+Z en el mensaje lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="177"/>
        <source>Put the delivery date into the message and the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Se ha insertado la fecha de entrega en el mensaje y el asunto (%n lugar). Ctrl+Z en el mensaje lo deshace.</numerusform>
            <numerusform>Se ha insertado la fecha de entrega en el mensaje y el asunto (%n lugares). Ctrl+Z en el mensaje lo deshace.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewBrowser</name>
    <message>
        <location filename="../composer/ui/buyerview.py" line="61"/>
        <source>Buyer&apos;s view of the message</source>
        <translation>El mensaje tal como lo ve el comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="91"/>
        <source>Picture (not loaded in the preview)</source>
        <translation>Imagen (no se carga en la vista previa)</translation>
    </message>
</context>
<context>
    <name>QuotaMeter</name>
    <message>
        <location filename="../composer/ui/quotameter.py" line="24"/>
        <source> · nearly used up</source>
        <translation> · casi agotado</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="25"/>
        <source> · limit reached</source>
        <translation> · límite alcanzado</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="35"/>
        <source>Today {used} / {limit} messages</source>
        <translation>Hoy {used} / {limit} mensajes</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="46"/>
        <source>({orders} orders a day × {per_order}) + {base} = {limit} messages a day</source>
        <translation>({orders} pedidos al día × {per_order}) + {base} = {limit} mensajes al día</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="50"/>
        <source>{orders} orders a day × {per_order} = {product}, rounded down to {whole}, + {base} = {limit} messages a day</source>
        <translation>{orders} pedidos al día × {per_order} = {product}, redondeado a la baja a {whole}, + {base} = {limit} mensajes al día</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="64"/>
        <source>your computer&apos;s time zone</source>
        <translation>zona horaria de su ordenador</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="66"/>
        <source>&lt;b&gt;Amazon&apos;s daily message limit&lt;/b&gt;: (average orders per day × {per_order}) + {base}.</source>
        <translation>&lt;b&gt;Límite diario de mensajes de Amazon&lt;/b&gt;: (media de pedidos al día × {per_order}) + {base}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="68"/>
        <source>Yours: {formula}.</source>
        <translation>El suyo: {formula}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="69"/>
        <source>Sent today (since midnight, {zone}): {used}; left: {left}.</source>
        <translation>Enviados hoy (desde medianoche, {zone}): {used}; quedan: {left}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="74"/>
        <source>Your average orders per day is not set, so this is Amazon&apos;s base limit.</source>
        <translation>Su media de pedidos al día no está configurada, así que este es el límite base de Amazon.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="77"/>
        <source>Amazon does not deliver messages past the limit: sending is refused until tomorrow.</source>
        <translation>Amazon no entrega mensajes por encima del límite: el envío se rechaza hasta mañana.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="79"/>
        <source>Click to change your average orders per day or import your order report.</source>
        <translation>Haga clic para cambiar su media de pedidos al día o importar su informe de pedidos.</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="94"/>
        <source>Messages sent today</source>
        <translation>Mensajes enviados hoy</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="114"/>
        <source>The sent log could not be read: {error}</source>
        <translation>No se pudo leer el registro de envíos: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/quotameter.py" line="133"/>
        <source>{meter}. {left} left today.</source>
        <translation>{meter}. Quedan {left} hoy.</translation>
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
        <translation>SSL/TLS (normalmente puerto 993)</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="28"/>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (normalmente puerto 143)</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="48"/>
        <source>Optional: let Messages › Check Mailbox fetch buyers&apos; messages from the mailbox of the address registered with your seller account. Only e-mails from Amazon are read; nothing is marked as read, moved or deleted.</source>
        <translation>Opcional: permita que Mensajes › Comprobar el buzón descargue los mensajes de compradores del buzón de la dirección registrada en su cuenta de vendedor. Solo se leen los correos de Amazon; nada se marca como leído, se mueve ni se elimina.</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="75"/>
        <source>Remember it in the system keychain</source>
        <translation>Recordarla en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="78"/>
        <source>Incoming mail &amp;server:</source>
        <translation>&amp;Servidor de correo entrante:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="79"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="80"/>
        <source>Securit&amp;y:</source>
        <translation>Seguri&amp;dad:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="81"/>
        <source>&amp;User name:</source>
        <translation>Usu&amp;ario:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="82"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="83"/>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="102"/>
        <source>Leave empty to keep the saved one</source>
        <translation>Déjelo vacío para conservar la guardada</translation>
    </message>
    <message>
        <location filename="../composer/ui/receivingsettings.py" line="103"/>
        <source>Your mailbox&apos;s password (none saved yet)</source>
        <translation>Contraseña de su buzón (aún no hay ninguna guardada)</translation>
    </message>
</context>
<context>
    <name>ReplyLink</name>
    <message>
        <location filename="../composer/ui/replylink.py" line="58"/>
        <source>Undo the link to the buyer&apos;s message</source>
        <translation>Deshacer el vínculo con el mensaje del comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/replylink.py" line="73"/>
        <source>Link to the buyer&apos;s message from %1</source>
        <translation>Vincular al mensaje del comprador del %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/replylink.py" line="76"/>
        <source>Makes this draft the reply to that message, as Reply does: the e-mail answers it, and the message counts as answered once this one leaves.</source>
        <translation>Convierte este borrador en la respuesta a ese mensaje, como Responder: el correo responde a él y el mensaje cuenta como respondido en cuanto este sale.</translation>
    </message>
    <message>
        <location filename="../composer/ui/replylink.py" line="104"/>
        <source>Linked: this draft now answers the buyer&apos;s message. The same button undoes it.</source>
        <translation>Vinculado: este borrador responde ahora al mensaje del comprador. El mismo botón lo deshace.</translation>
    </message>
    <message>
        <location filename="../composer/ui/replylink.py" line="121"/>
        <source>The draft is no longer linked to the buyer&apos;s message.</source>
        <translation>El borrador ya no está vinculado al mensaje del comprador.</translation>
    </message>
</context>
<context>
    <name>RulesChangesDialog</name>
    <message>
        <location filename="../composer/ui/ruleschanges.py" line="17"/>
        <location filename="../composer/ui/ruleschanges.py" line="32"/>
        <source>What changed in Amazon&apos;s rules</source>
        <translation>Qué ha cambiado en las normas de Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/ruleschanges.py" line="20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../composer/ui/ruleschanges.py" line="22"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <location filename="../composer/ui/sendflow.py" line="34"/>
        <source>Saved in the Outbox; it will go out when the connection returns.</source>
        <translation>Guardado en la bandeja de salida; saldrá cuando vuelva la conexión.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="98"/>
        <source>Add your From address (the email registered with Amazon) in Settings › Sending.</source>
        <translation>Indique su dirección de remitente (el correo registrado en Amazon) en Ajustes › Envío.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="102"/>
        <source>Set up sending first</source>
        <translation>Configure primero el envío</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="122"/>
        <source>Email password</source>
        <translation>Contraseña del correo</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="123"/>
        <source>Password for {user} on {server}.</source>
        <translation>Contraseña de {user} en {server}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="130"/>
        <source>Already sending</source>
        <translation>Ya se está enviando</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="131"/>
        <source>Wait until the message being sent is done.</source>
        <translation>Espere a que termine de enviarse el mensaje actual.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="139"/>
        <location filename="../composer/ui/sendflow.py" line="152"/>
        <location filename="../composer/ui/sendflow.py" line="251"/>
        <source>Daily limit reached</source>
        <translation>Límite diario alcanzado</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="183"/>
        <location filename="../composer/ui/sendflow.py" line="209"/>
        <source>Your message</source>
        <translation>Su mensaje</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="184"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="185"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="186"/>
        <source>Sending to the buyer</source>
        <translation>Enviando al comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="207"/>
        <source>({number} of {total})</source>
        <translation>({number} de {total})</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="242"/>
        <source>Sent to the buyer&apos;s Amazon address and added to the sent log.</source>
        <translation>Enviado a la dirección de Amazon del comprador y añadido al registro de envíos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/sendflow.py" line="243"/>
        <source>%n message(s) sent and added to the sent log.</source>
        <translation>
            <numerusform>%n mensaje enviado y añadido al registro de envíos.</numerusform>
            <numerusform>%n mensajes enviados y añadidos al registro de envíos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="255"/>
        <source>A message in the Outbox could not be sent: {error}</source>
        <translation>No se pudo enviar un mensaje de la bandeja de salida: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="259"/>
        <source>Not sent: you cancelled. Your draft is unchanged.</source>
        <translation>No enviado: ha cancelado. Su borrador no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="261"/>
        <source>Stopped. The rest waits in the Outbox.</source>
        <translation>Detenido. El resto espera en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="263"/>
        <source>Not sent yet</source>
        <translation>Todavía no enviado</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="266"/>
        <location filename="../composer/ui/sendflow.py" line="271"/>
        <source>The message was not sent</source>
        <translation>El mensaje no se ha enviado</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="273"/>
        <source>It waits in the Outbox: fix this, then press “Send now” in the sent log, or delete it there.</source>
        <translation>Espera en la bandeja de salida: corrija esto y pulse «Enviar ahora» en el registro de envíos, o elimínelo allí.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="277"/>
        <source>Today&apos;s message limit is reached. The message waits in the Outbox and goes out tomorrow, when the limit frees up.</source>
        <translation>Se ha alcanzado el límite de mensajes de hoy. El mensaje espera en la bandeja de salida y saldrá mañana, cuando se libere el límite.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="293"/>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
</context>
<context>
    <name>SendingSettingsPage</name>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="41"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="43"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (normalmente puerto 465)</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="45"/>
        <source>None (local relay only)</source>
        <translation>Ninguna (solo relé local)</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="57"/>
        <source>Your password is kept in %1, which the system protects. Seller Composer never writes it to a file.</source>
        <translation>Su contraseña se guarda en %1, que el sistema protege. Seller Composer nunca la escribe en un archivo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="61"/>
        <source>The only keyring found on this computer keeps passwords in a file (%1), so Seller Composer does not use it: it asks for your password once each time it starts and keeps it only in memory, never in a file.</source>
        <translation>El único llavero de este ordenador guarda las contraseñas en un archivo (%1), así que Seller Composer no lo usa: le pide su contraseña una vez cada vez que se inicia y la guarda solo en memoria, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="66"/>
        <source>This computer has no system keychain, so Seller Composer asks for your password once each time it starts and keeps it only in memory, never in a file.</source>
        <translation>Este ordenador no tiene llavero del sistema, así que Seller Composer le pide su contraseña una vez cada vez que se inicia y la guarda solo en memoria, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="81"/>
        <source>Optional: send messages straight from Seller Composer through your own email account. You can always copy them into Seller Central instead.</source>
        <translation>Opcional: envíe los mensajes directamente desde Seller Composer con su propia cuenta de correo. Siempre puede copiarlos en Seller Central en su lugar.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="90"/>
        <source>Choose to fill in the server…</source>
        <translation>Elija para rellenar el servidor…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="93"/>
        <source>Email provider</source>
        <translation>Proveedor de correo</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="99"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="115"/>
        <source>⚠ Your password and messages travel unencrypted: only for a relay on this computer or your own network.</source>
        <translation>⚠ Su contraseña y sus mensajes viajan sin cifrar: solo para un relé en este ordenador o en su propia red.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="119"/>
        <source>Unencrypted connection</source>
        <translation>Conexión sin cifrar</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="126"/>
        <source>Remember it in the system keychain</source>
        <translation>Recordarla en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="129"/>
        <source>Forget the password</source>
        <translation>Olvidar la contraseña</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="141"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="142"/>
        <source>Mail server:</source>
        <translation>Servidor de correo:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="143"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="144"/>
        <source>Security:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="145"/>
        <source>User name:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="146"/>
        <source>From address:</source>
        <translation>Dirección del remitente:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="154"/>
        <source>Use the email address registered with your Amazon seller account. Amazon relays only messages from that address and rejects any other sender.</source>
        <translation>Use la dirección de correo registrada en su cuenta de vendedor de Amazon. Amazon solo reenvía los mensajes de esa dirección y rechaza cualquier otro remitente.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="160"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="161"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="171"/>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar la conexión</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="172"/>
        <source>Connect and sign in to the mail server, without sending anything</source>
        <translation>Conectar e iniciar sesión en el servidor de correo, sin enviar nada</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="198"/>
        <source>Keep the sent log for:</source>
        <translation>Conservar el registro de envíos durante:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="199"/>
        <source>Amazon keeps its message records for about two years; older entries are then removed.</source>
        <translation>Amazon conserva sus registros de mensajes unos dos años; después se eliminan las entradas más antiguas.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="213"/>
        <source>Leave empty to keep the saved one</source>
        <translation>Déjelo vacío para conservar la guardada</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="214"/>
        <location filename="../composer/ui/sendingsettings.py" line="314"/>
        <source>Your mail account&apos;s password (none saved yet)</source>
        <translation>Contraseña de su cuenta de correo (aún no hay ninguna guardada)</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="267"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="268"/>
        <source>Connecting to the server…</source>
        <translation>Conectando con el servidor…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="289"/>
        <source>✔ Connected and signed in. Sending will work with these settings.</source>
        <translation>✔ Conectado y con sesión iniciada. El envío funcionará con estos ajustes.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="292"/>
        <source>✔ Connected (no sign-in). Sending will work with these settings.</source>
        <translation>✔ Conectado (sin inicio de sesión). El envío funcionará con estos ajustes.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendingsettings.py" line="312"/>
        <source>Forgotten</source>
        <translation>Olvidada</translation>
    </message>
</context>
<context>
    <name>SentLog</name>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="141"/>
        <source>Copied for Seller Central: a copy carries no address, so this is the buyer&apos;s address from its draft. Seller Central sends the message to the buyer of the order.</source>
        <translation>Copiado para Seller Central: una copia no lleva dirección, así que esta es la dirección del comprador tomada de su borrador. Seller Central envía el mensaje al comprador del pedido.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="145"/>
        <source>Copied for Seller Central: a copy carries no address. Seller Central sends the message to the buyer of the order.</source>
        <translation>Copiado para Seller Central: una copia no lleva dirección. Seller Central envía el mensaje al comprador del pedido.</translation>
    </message>
</context>
<context>
    <name>SentLogDialog</name>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="48"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="49"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="50"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="51"/>
        <location filename="../composer/ui/sentlogview.py" line="56"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="52"/>
        <location filename="../composer/ui/sentlogview.py" line="57"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="53"/>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="54"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="55"/>
        <source>Queued</source>
        <translation>En cola desde</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="58"/>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="59"/>
        <source>Last problem</source>
        <translation>Último problema</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="60"/>
        <source>Next try</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="75"/>
        <source>When you press Send now</source>
        <translation>Cuando pulse «Enviar ahora»</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="111"/>
        <source>Sent log and Outbox</source>
        <translation>Registro de envíos y bandeja de salida</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="123"/>
        <source>Every message you copied, saved or sent from Seller Composer, newest first. Kept for two years (see Settings › Sending).</source>
        <translation>Cada mensaje que ha copiado, guardado o enviado desde Seller Composer, el más reciente primero. Se conserva dos años (vea Ajustes › Envío).</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="128"/>
        <source>Sent log</source>
        <translation>Registro de envíos</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="133"/>
        <source>Double-click a message (or press Enter) to read it and use it as a new draft</source>
        <translation>Haga doble clic en un mensaje (o pulse Intro) para leerlo y usarlo como borrador nuevo</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="141"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="142"/>
        <source>Save the sent log as a spreadsheet file</source>
        <translation>Guardar el registro de envíos como hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="146"/>
        <source>&amp;Sent log</source>
        <translation>&amp;Registro de envíos</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="153"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="160"/>
        <source>Send &amp;now</source>
        <translation>Enviar &amp;ahora</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="161"/>
        <source>Try to send every waiting message now</source>
        <translation>Intentar enviar ahora todos los mensajes en espera</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="163"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="164"/>
        <source>Remove the selected message from the Outbox; it is not sent</source>
        <translation>Quitar el mensaje seleccionado de la bandeja de salida; no se envía</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="170"/>
        <location filename="../composer/ui/sentlogview.py" line="227"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="171"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/sentlogview.py" line="200"/>
        <source>%1, with %n ignored problem(s)</source>
        <translation>
            <numerusform>%1, con %n problema ignorado</numerusform>
            <numerusform>%1, con %n problemas ignorados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="202"/>
        <source>You chose to ignore: %1</source>
        <translation>Decidió ignorar: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/sentlogview.py" line="205"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="212"/>
        <source>Not tried yet</source>
        <translation>Aún no se ha intentado</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="214"/>
        <source>As soon as possible</source>
        <translation>Lo antes posible</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="223"/>
        <source>Nothing is waiting.</source>
        <translation>No hay nada en espera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/sentlogview.py" line="224"/>
        <source>%Ln message(s) waiting to be sent. They go out by themselves when the connection returns, within your daily limit.</source>
        <translation>
            <numerusform>%Ln mensaje espera para enviarse. Saldrá solo cuando vuelva la conexión, dentro de su límite diario.</numerusform>
            <numerusform>%Ln mensajes esperan para enviarse. Saldrán solos cuando vuelva la conexión, dentro de su límite diario.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="226"/>
        <source>&amp;Outbox (%1)</source>
        <translation>&amp;Bandeja de salida (%1)</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="276"/>
        <source>Delete from the Outbox?</source>
        <translation>¿Eliminar de la bandeja de salida?</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="277"/>
        <source>“%1” will not be sent and is removed from the Outbox. Your draft is not affected.</source>
        <translation>«%1» no se enviará y se quitará de la bandeja de salida. Su borrador no cambia.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="279"/>
        <source>This message will not be sent and is removed from the Outbox. Your draft is not affected.</source>
        <translation>Este mensaje no se enviará y se quitará de la bandeja de salida. Su borrador no cambia.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="294"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="295"/>
        <source>The file could not be written: %1</source>
        <translation>No se ha podido escribir el archivo: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="300"/>
        <source>Export the sent log</source>
        <translation>Exportar el registro de envíos</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentlogview.py" line="302"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>SentMessageDialog</name>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="49"/>
        <source>This is the message as it was sent.</source>
        <translation>Este es el mensaje tal como se envió.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="52"/>
        <source>Its draft was changed after it was copied: this is how the draft reads now, not exactly what was copied.</source>
        <translation>Su borrador se cambió después de copiarlo: así es como está ahora el borrador, no exactamente lo que se copió.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="55"/>
        <source>Its draft was changed after it was opened in your email app: this is how the draft reads now, not exactly what your email app got.</source>
        <translation>Su borrador se cambió después de abrirlo en su aplicación de correo: así es como está ahora el borrador, no exactamente lo que recibió su aplicación de correo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="58"/>
        <source>Its draft was changed after it was saved: this is how the draft reads now, not exactly what the file holds.</source>
        <translation>Su borrador se cambió después de guardarlo: así es como está ahora el borrador, no exactamente lo que contiene el archivo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="61"/>
        <source>Its draft was changed after it was sent: this is how the draft reads now, not exactly what the buyer got.</source>
        <translation>Su borrador se cambió después de enviarlo: así es como está ahora el borrador, no exactamente lo que recibió el comprador.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="66"/>
        <source>Its files were changed after it was copied: the text is as copied, and the files listed above are the ones it had then.</source>
        <translation>Sus archivos se cambiaron después de copiarlo: el texto es el copiado, y los archivos de arriba son los que tenía entonces.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="69"/>
        <source>Its files were changed after it was opened in your email app: the text is as it was, and the files listed above are the ones it had then.</source>
        <translation>Sus archivos se cambiaron después de abrirlo en su aplicación de correo: el texto es el de entonces, y los archivos de arriba son los que tenía entonces.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="72"/>
        <source>Its files were changed after it was saved: the text is as saved, and the files listed above are the ones saved with it.</source>
        <translation>Sus archivos se cambiaron después de guardarlo: el texto es el guardado, y los archivos de arriba son los que se guardaron con él.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="75"/>
        <source>Its files were changed after it was sent: the text is as sent, and the files listed above are the ones it was sent with.</source>
        <translation>Sus archivos se cambiaron después de enviarlo: el texto es el enviado, y los archivos de arriba son los que se enviaron con él.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="80"/>
        <source>The message as copied</source>
        <translation>El mensaje tal como se copió</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="81"/>
        <source>The message as opened in your email app</source>
        <translation>El mensaje tal como se abrió en su aplicación de correo</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="82"/>
        <source>The message as saved</source>
        <translation>El mensaje tal como se guardó</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="87"/>
        <source>To attach in Seller Central:</source>
        <translation>Para adjuntar en Seller Central:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="88"/>
        <source>To attach in your email app:</source>
        <translation>Para adjuntar en su aplicación de correo:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="91"/>
        <source>The sent log keeps only the details of a message, not its text, and this message&apos;s draft no longer exists.</source>
        <translation>El registro de envíos guarda solo los datos de un mensaje, no su texto, y el borrador de este mensaje ya no existe.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="94"/>
        <source>Amazon&apos;s Request a Review button</source>
        <translation>El botón «Solicitar una reseña» de Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="95"/>
        <source>You used Amazon&apos;s own Request a Review button for this order. It is recorded so that no second review request is sent; there is no message to show.</source>
        <translation>Ha usado el botón «Solicitar una reseña» de Amazon para este pedido. Queda anotado para que no se envíe una segunda solicitud de reseña; no hay ningún mensaje que mostrar.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="100"/>
        <source>Copied for Seller Central</source>
        <translation>Copiado para Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="101"/>
        <source>Copied formatted</source>
        <translation>Copiado con formato</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="102"/>
        <source>Opened in the email app</source>
        <translation>Abierto en la aplicación de correo</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="103"/>
        <source>Saved as .eml</source>
        <translation>Guardado como .eml</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="104"/>
        <source>Sent by email</source>
        <translation>Enviado por correo</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="105"/>
        <source>Recorded: Amazon&apos;s Request a Review</source>
        <translation>Anotado: «Solicitar una reseña» de Amazon</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="195"/>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="195"/>
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="193"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="39"/>
        <source>Copied message</source>
        <translation>Mensaje copiado</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="40"/>
        <source>Message opened in your email app</source>
        <translation>Mensaje abierto en su aplicación de correo</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="41"/>
        <source>Saved message</source>
        <translation>Mensaje guardado</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="42"/>
        <source>Sent message</source>
        <translation>Mensaje enviado</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="45"/>
        <source>This is the message as it was copied.</source>
        <translation>Este es el mensaje tal como se copió.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="46"/>
        <source>This is the message as it was opened in your email app.</source>
        <translation>Este es el mensaje tal como se abrió en su aplicación de correo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="48"/>
        <source>This is the message as it was saved.</source>
        <translation>Este es el mensaje tal como se guardó.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="196"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="197"/>
        <source>Order:</source>
        <translation>Pedido:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="198"/>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="90"/>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="200"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="83"/>
        <source>The message as sent</source>
        <translation>El mensaje tal como se envió</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="230"/>
        <source>&amp;Use as a new draft</source>
        <translation>&amp;Usar como borrador nuevo</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="231"/>
        <source>Start a new draft with this message&apos;s header and text</source>
        <translation>Empezar un borrador nuevo con la cabecera y el texto de este mensaje</translation>
    </message>
    <message>
        <location filename="../composer/ui/sentmessage.py" line="235"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="46"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="56"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="59"/>
        <source>&amp;HTML whitelist</source>
        <translation>Lista &amp;HTML permitida</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="70"/>
        <source>&amp;Sending</source>
        <translation>&amp;Envío</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="71"/>
        <source>&amp;Receiving</source>
        <translation>&amp;Recepción</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="94"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="125"/>
        <source>Business name</source>
        <translation>Nombre comercial</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="126"/>
        <source>The name buyers see. Amazon blocks names with a web suffix such as .com, or names that could be mistaken for Amazon.</source>
        <translation>El nombre que ven los compradores. Amazon bloquea los nombres con una terminación web como .com o que se puedan confundir con Amazon.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="128"/>
        <source>Average orders per day</source>
        <translation>Media de pedidos al día</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="129"/>
        <source>Used for your daily message limit: (orders per day × 5) + 600.</source>
        <translation>Se usa para su límite diario de mensajes: (pedidos al día × 5) + 600.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="130"/>
        <source>Time zone for “today”</source>
        <translation>Zona horaria para «hoy»</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="131"/>
        <source>Your message count starts again at midnight in this time zone, for example Europe/London. Leave it empty to use this computer&apos;s time zone.</source>
        <translation>Su recuento de mensajes vuelve a empezar a medianoche en esta zona horaria, por ejemplo Europe/Madrid. Déjela vacía para usar la zona horaria de este ordenador.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="139"/>
        <source>&amp;Import from Amazon&apos;s order report…</source>
        <translation>I&amp;mportar del informe de pedidos de Amazon…</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="140"/>
        <source>Work out your average orders per day from the All Orders report you download from Seller Central.</source>
        <translation>Calcular su media de pedidos al día a partir del informe «Todos los pedidos» que descarga de Seller Central.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="180"/>
        <source>Seller Composer&apos;s own conservative list.</source>
        <translation>La lista prudente propia de Seller Composer.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="191"/>
        <source>In use: your own list, %1</source>
        <translation>En uso: su propia lista, %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="193"/>
        <source>In use: the list that comes with Seller Composer (version %1).</source>
        <translation>En uso: la lista incluida en Seller Composer (versión %1).</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="196"/>
        <source>Tags kept: %1</source>
        <translation>Etiquetas conservadas: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="197"/>
        <source>Attributes kept:</source>
        <translation>Atributos conservados:</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="200"/>
        <source>Web addresses: only %1://</source>
        <translation>Direcciones web: solo %1://</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="202"/>
        <source>Everything else is removed before sending; the words inside are kept.</source>
        <translation>Todo lo demás se quita antes de enviar; las palabras que contiene se conservan.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="206"/>
        <source>Whitelist</source>
        <translation>Lista permitida</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="210"/>
        <source>Make my own &amp;copy to edit</source>
        <translation>Hacer mi propia &amp;copia para editar</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="211"/>
        <source>Copies the list into your data folder as whitelist.json. Edit it with a text editor; Seller Composer reads it next time.</source>
        <translation>Copia la lista en su carpeta de datos como whitelist.json. Edítela con un editor de texto; Seller Composer la leerá la próxima vez.</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="217"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="232"/>
        <source>The copy could not be made: %1</source>
        <translation>No se ha podido hacer la copia: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="236"/>
        <source>Copied to %1</source>
        <translation>Copiada en %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="275"/>
        <source>This computer&apos;s time zone (type a city to search)</source>
        <translation>Zona horaria de este ordenador (escriba una ciudad para buscar)</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="276"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../composer/ui/settingsdialog.py" line="305"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="30"/>
        <source>Looking for suggestions…</source>
        <translation>Buscando sugerencias…</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="31"/>
        <source>No suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="64"/>
        <source>Add “{word}” to dictionary</source>
        <translation>Añadir «{word}» al diccionario</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="66"/>
        <source>Never flag this word again (kept in your data folder)</source>
        <translation>No volver a marcar esta palabra (se guarda en su carpeta de datos)</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="69"/>
        <source>Ignore here</source>
        <translation>Ignorar aquí</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="70"/>
        <source>Hide this one mistake; the word is still checked elsewhere</source>
        <translation>Ocultar solo este error; la palabra se sigue revisando en otros lugares</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="107"/>
        <source>Replace “{word}” with “{suggestion}”</source>
        <translation>Sustituir «{word}» por «{suggestion}»</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="130"/>
        <source>Change to “{word}”</source>
        <translation>Cambiar por «{word}»</translation>
    </message>
</context>
<context>
    <name>SpellingSupport</name>
    <message>
        <location filename="../composer/ui/spellingsupport.py" line="54"/>
        <source>“{word}” could not be added to your dictionary ({error}).</source>
        <translation>No se pudo añadir «{word}» a su diccionario ({error}).</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellingsupport.py" line="58"/>
        <source>Added “{word}” to your dictionary.</source>
        <translation>«{word}» se ha añadido a su diccionario.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../composer/ui/statusline.py" line="98"/>
        <source>Character count</source>
        <translation>Número de caracteres</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="204"/>
        <source> (Amazon may cut long replies)</source>
        <translation> (Amazon puede cortar las respuestas largas)</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="210"/>
        <source>Rules dated {date}</source>
        <translation>Normas del {date}</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="211"/>
        <source>The date of the policy rules this copy of Seller Composer checks against. They are summarised from Amazon&apos;s guidelines.</source>
        <translation>La fecha de las normas con las que revisa esta copia de Seller Composer. Resumen las directrices de Amazon.</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="40"/>
        <source>Your drafts are open read-only, so nothing can be changed or saved. Select text and copy it (Ctrl+C) to use it elsewhere.</source>
        <translation>Sus borradores están abiertos en solo lectura, así que no se puede cambiar ni guardar nada. Seleccione texto y cópielo (Ctrl+C) para usarlo en otro sitio.</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="76"/>
        <source>Your drafts</source>
        <translation>Sus borradores</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="92"/>
        <source>Where:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="96"/>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="103"/>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="124"/>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="128"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="129"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="181"/>
        <source>Your drafts could not be opened: %1</source>
        <translation>No se han podido abrir sus borradores: %1</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="268"/>
        <source>Your drafts file was repaired</source>
        <translation>Se ha reparado su archivo de borradores</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="271"/>
        <source>A new drafts file was started</source>
        <translation>Se ha empezado un archivo de borradores nuevo</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="297"/>
        <source>There are no drafts in this file.</source>
        <translation>Este archivo no contiene borradores.</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="334"/>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="381"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; Your drafts are open for reading only because %1. You can read them and copy their text; nothing can be changed or saved until the problem is fixed and Seller Composer is started again.</source>
        <translation>&lt;b&gt;Solo lectura.&lt;/b&gt; Sus borradores están abiertos solo para leer (motivo: %1). Puede leerlos y copiar su texto; no se puede cambiar ni guardar nada hasta que se resuelva el problema y se vuelva a iniciar Seller Composer.</translation>
    </message>
    <message>
        <location filename="../composer/ui/storeproblem.py" line="387"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; Your drafts are open for reading only. You can read them and copy their text; nothing can be changed or saved until the problem is fixed and Seller Composer is started again.</source>
        <translation>&lt;b&gt;Solo lectura.&lt;/b&gt; Sus borradores están abiertos solo para leer. Puede leerlos y copiar su texto; no se puede cambiar ni guardar nada hasta que se resuelva el problema y se vuelva a iniciar Seller Composer.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="186"/>
        <source>Edit template</source>
        <translation>Editar plantilla</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="193"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="194"/>
        <source>&amp;Subject:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="196"/>
        <source>Text (placeholders such as {order_id}, {product} and {seller_name} are filled in when the template is used):</source>
        <translation>Texto (los marcadores como {order_id}, {product} y {seller_name} se rellenan al usar la plantilla):</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="201"/>
        <source>Template text</source>
        <translation>Texto de la plantilla</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="40"/>
        <source>New from a template</source>
        <translation>Nuevo desde una plantilla</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="49"/>
        <source>Each built-in template is written to pass Amazon&apos;s rules. Parts in {braces} are filled from the header and Settings when known; fill in the rest before sending.</source>
        <translation>Cada plantilla incluida está escrita para cumplir las normas de Amazon. Las partes entre {llaves} se rellenan desde la cabecera y Ajustes cuando se conocen; complete el resto antes de enviar.</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="57"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="63"/>
        <source>Template preview</source>
        <translation>Vista previa de la plantilla</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="69"/>
        <source>&amp;Use template</source>
        <translation>&amp;Usar plantilla</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="71"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="72"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="88"/>
        <source>Your templates</source>
        <translation>Sus plantillas</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="100"/>
        <source>{language} — the buyer&apos;s language</source>
        <translation>{language} — idioma del comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="125"/>
        <source>Choose a template on the left.</source>
        <translation>Elija una plantilla a la izquierda.</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="131"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="131"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="132"/>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="165"/>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <location filename="../composer/ui/templatepicker.py" line="166"/>
        <source>Delete your template “{name}”? Drafts made from it are not affected.</source>
        <translation>¿Eliminar su plantilla «{name}»? Los borradores creados con ella no se ven afectados.</translation>
    </message>
</context>
<context>
    <name>TypeFiles</name>
    <message>
        <location filename="../composer/ui/typefiles.py" line="64"/>
        <source>“{type}” messages take no files. To attach one, choose a type that takes files, such as Invoice or Warranty information.</source>
        <translation>Los mensajes «{type}» no admiten archivos. Para adjuntar uno, elija un tipo que los admita, como «Factura» o «Información de garantía».</translation>
    </message>
</context>
<context>
    <name>UndoNote</name>
    <message>
        <location filename="../composer/ui/statusline.py" line="72"/>
        <source>The file itself is not deleted. Ctrl+Z also brings it back.</source>
        <translation>El archivo en sí no se borra. Ctrl+Z también lo recupera.</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="74"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
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
        <location filename="../composer/ui/statusline.py" line="37"/>
        <source>%n characters (no limit for this type)</source>
        <translation>
            <numerusform>%n carácter (sin límite para este tipo)</numerusform>
            <numerusform>%n caracteres (sin límite para este tipo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/statusline.py" line="41"/>
        <source>%n characters: this type takes no message text</source>
        <translation>
            <numerusform>%n carácter: este tipo no admite texto</numerusform>
            <numerusform>%n caracteres: este tipo no admite texto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="43"/>
        <source>No message text for this type: Amazon sends its own</source>
        <translation>Sin texto para este tipo: Amazon envía el suyo</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="46"/>
        <source>{used} / {limit} characters: {over} too many</source>
        <translation>{used} / {limit} caracteres: {over} de más</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="49"/>
        <source>{used} / {limit} characters: nearly full</source>
        <translation>{used} / {limit} caracteres: casi lleno</translation>
    </message>
    <message>
        <location filename="../composer/ui/statusline.py" line="50"/>
        <source>{used} / {limit} characters</source>
        <translation>{used} / {limit} caracteres</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <location filename="../composer/ui/typefiles.py" line="29"/>
        <source>no files</source>
        <translation>sin archivos</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/typefiles.py" line="31"/>
        <source>needs a file (up to %n)</source>
        <translation>
            <numerusform>requiere un archivo (hasta %n)</numerusform>
            <numerusform>requiere un archivo (hasta %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/typefiles.py" line="32"/>
        <source>up to %n file(s)</source>
        <translation>
            <numerusform>hasta %n archivo</numerusform>
            <numerusform>hasta %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/typefiles.py" line="37"/>
        <source>Takes no files.</source>
        <translation>No admite archivos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/typefiles.py" line="39"/>
        <source>Needs a file; takes up to %n.</source>
        <translation>
            <numerusform>Requiere un archivo; admite hasta %n.</numerusform>
            <numerusform>Requiere un archivo; admite hasta %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/typefiles.py" line="40"/>
        <source>Takes up to %n file(s).</source>
        <translation>
            <numerusform>Admite hasta %n archivo.</numerusform>
            <numerusform>Admite hasta %n archivos.</numerusform>
        </translation>
    </message>
</context>
</TS>
