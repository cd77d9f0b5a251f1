<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../composer/ui/windowparts.py" line="112"/>
        <source>About Seller Composer</source>
        <translation>Acerca de Seller Composer</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowparts.py" line="114"/>
        <source>Write messages to Amazon buyers that pass Amazon&apos;s Buyer-Seller Messaging checks.</source>
        <translation>Escriba a sus compradores de Amazon mensajes que superen los controles de Mensajes entre compradores y vendedores de Amazon.</translation>
    </message>
    <message>
        <location filename="../composer/ui/windowparts.py" line="117"/>
        <source>Seller Composer is not made by or affiliated with Amazon. Its rules are a careful summary of Amazon&apos;s published guidelines; when in doubt it takes the stricter reading.</source>
        <translation>Seller Composer no es obra de Amazon ni está afiliado a Amazon. Sus reglas resumen con cuidado las directrices publicadas por Amazon; ante la duda, aplica la lectura más estricta.</translation>
    </message>
</context>
<context>
    <name>AskWords</name>
    <message>
        <location filename="../composer/ui/askwords.py" line="14"/>
        <source>The buyer&apos;s name</source>
        <translation>Nombre del comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="15"/>
        <source>Buyer&apos;s name, as on the order (for example Jane):</source>
        <translation>Nombre del comprador, tal como figura en el pedido (por ejemplo, Lucía):</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="17"/>
        <source>The new delivery date</source>
        <translation>La nueva fecha de entrega</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="18"/>
        <source>New expected delivery date (for example 18 December):</source>
        <translation>Nueva fecha de entrega prevista (por ejemplo, 18 de diciembre):</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="20"/>
        <source>The delivery day you propose</source>
        <translation>El día de entrega que propone</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="21"/>
        <source>Delivery day you propose (for example Tuesday 15 December):</source>
        <translation>Día de entrega que propone (por ejemplo, martes 15 de diciembre):</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="24"/>
        <source>Fill in</source>
        <translation>Completar</translation>
    </message>
    <message>
        <location filename="../composer/ui/askwords.py" line="25"/>
        <source>Words to put in:</source>
        <translation>Texto que se insertará:</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="80"/>
        <source>Not attached: {reason}</source>
        <translation>No se ha adjuntado: {reason}</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="89"/>
        <source>“{file}” is already attached.</source>
        <translation>«{file}» ya está adjunto.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="93"/>
        <source>A file called “{file}” is already attached. Rename one of them first.</source>
        <translation>Ya hay adjunto un archivo llamado «{file}». Cambie antes el nombre de uno de los dos.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="119"/>
        <source>Working on “{file}”…</source>
        <translation>Procesando «{file}»…</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="131"/>
        <source>The file could not be changed</source>
        <translation>No se pudo modificar el archivo</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="136"/>
        <source>The file was removed before its copy was ready; the copy was not attached.</source>
        <translation>El archivo se quitó antes de que su copia estuviera lista; la copia no se ha adjuntado.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentfiles.py" line="148"/>
        <source>Attached a fixed copy, “{file}”. Your original file is unchanged.</source>
        <translation>Se ha adjuntado una copia corregida, «{file}». Su archivo original no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="223"/>
        <source>Add a PDF, Word, text file or picture (Alt+A). You can also drop files here.</source>
        <translation>Añadir un PDF, un archivo de Word o de texto, o una imagen (Alt+J). También puede soltar archivos aquí.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="225"/>
        <source>No files attached. Drop files here, or choose Attach file. Amazon takes PDF, Word, text and pictures, up to 10 MB in all.</source>
        <translation>No hay archivos adjuntos. Suelte archivos aquí o elija «Adjuntar archivo». Amazon admite PDF, Word, texto e imágenes, hasta 10 MB en total.</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="234"/>
        <location filename="../composer/ui/attachmentspanel.py" line="243"/>
        <location filename="../composer/ui/attachmentspanel.py" line="331"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="245"/>
        <source>&amp;Attach file…</source>
        <translation>Ad&amp;juntar archivo…</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="252"/>
        <source>Attachment size used</source>
        <translation>Tamaño de adjuntos usado</translation>
    </message>
    <message>
        <location filename="../composer/ui/attachmentspanel.py" line="260"/>
        <source>Attachment budget</source>
        <translation>Espacio para adjuntos</translation>
    </message>
</context>
<context>
    <name>BuyerView</name>
    <message>
        <location filename="../composer/ui/buyerview.py" line="111"/>
        <source>What your buyer receives</source>
        <translation>Lo que recibe su comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="115"/>
        <source>For&amp;matted</source>
        <translation>Con for&amp;mato</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="116"/>
        <source>Plain te&amp;xt</source>
        <translation>Te&amp;xto sin formato</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="117"/>
        <source>The HTML message after cleaning</source>
        <translation>El mensaje HTML después de la limpieza</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="118"/>
        <source>The text to paste into Seller Central&apos;s plain-text form</source>
        <translation>El texto para pegar en el formulario de texto de Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="135"/>
        <source>Subject the buyer sees</source>
        <translation>Asunto que ve el comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="160"/>
        <source>What is allowed…</source>
        <translation>Qué está permitido…</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="163"/>
        <source>Amazon does not publish its list of allowed formatting; Seller Composer uses its own careful list. See it in Settings.</source>
        <translation>Amazon no publica qué formatos permite; Seller Composer usa su propia lista, prudente. Puede verla en Ajustes.</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="170"/>
        <source>Not sent to the buyer</source>
        <translation>No se envía al comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="222"/>
        <source>Nothing: the message is sent as you wrote it.</source>
        <translation>Nada: el mensaje se envía tal como lo escribió.</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="233"/>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="235"/>
        <source>Subject: (none yet: fill in Subject above)</source>
        <translation>Asunto: (todavía ninguno: rellene «Asunto» arriba)</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="238"/>
        <source>Left out of what is sent ({count})</source>
        <translation>Excluido del envío ({count})</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="239"/>
        <source>Nothing left out of what is sent</source>
        <translation>No se excluye nada del envío</translation>
    </message>
    <message>
        <location filename="../composer/ui/buyerview.py" line="240"/>
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
        <location filename="../composer/ui/composecontroller.py" line="314"/>
        <source>A blocking problem is ignored only through “This is not …” on its card.</source>
        <translation>Un problema que bloquea el envío solo se ignora con «No es…» en su tarjeta.</translation>
    </message>
    <message>
        <location filename="../composer/ui/composecontroller.py" line="367"/>
        <source>The text changed since the check; checking again…</source>
        <translation>El texto ha cambiado desde la revisión; revisando de nuevo…</translation>
    </message>
    <message>
        <location filename="../composer/ui/composecontroller.py" line="377"/>
        <source>{fix}: done. Read the selected sentence again and rewrite it if it needs it. Ctrl+Z undoes it.</source>
        <translation>{fix}: hecho. Vuelva a leer la frase seleccionada y reescríbala si hace falta. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <location filename="../composer/ui/composecontroller.py" line="397"/>
        <source>Put in “{words}”. Press Ctrl+Z to undo.</source>
        <translation>Se ha insertado «{words}». Pulse Ctrl+Z para deshacerlo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/composecontroller.py" line="402"/>
        <source>Fixed the format. Press Ctrl+Z to undo.</source>
        <translation>Formato corregido. Pulse Ctrl+Z para deshacerlo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/composecontroller.py" line="404"/>
        <source>Fixed: {fix}. Press Ctrl+Z to undo.</source>
        <translation>Corregido: {fix}. Pulse Ctrl+Z para deshacerlo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/composecontroller.py" line="439"/>
        <source>{severity}: {title}</source>
        <translation>{severity}: {title}</translation>
    </message>
</context>
<context>
    <name>ComposerEdit</name>
    <message>
        <location filename="../composer/ui/editor.py" line="60"/>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="61"/>
        <source>Write the message to the buyer here.</source>
        <translation>Escriba aquí el mensaje para el comprador.</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="62"/>
        <source>Write your message to the buyer here…</source>
        <translation>Escriba aquí su mensaje para el comprador…</translation>
    </message>
    <message>
        <location filename="../composer/ui/editor.py" line="161"/>
        <location filename="../composer/ui/editor.py" line="167"/>
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
        <location filename="../composer/ui/datefield.py" line="70"/>
        <source>Pick from a calendar</source>
        <translation>Elegir en un calendario</translation>
    </message>
    <message>
        <location filename="../composer/ui/datefield.py" line="71"/>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <location filename="../composer/ui/draftactions.py" line="65"/>
        <source>Rename draft</source>
        <translation>Cambiar el nombre del borrador</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="66"/>
        <source>Name in the drafts list (leave empty to use the subject):</source>
        <translation>Nombre en la lista de borradores (déjelo vacío para usar el asunto):</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="76"/>
        <source>“{title}” moved to the trash. Undo it in the drafts list.</source>
        <translation>«{title}» se ha movido a la papelera. Puede deshacerlo en la lista de borradores.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="92"/>
        <source>Open a message file</source>
        <translation>Abrir un archivo de mensaje</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="93"/>
        <source>Messages (*.html *.htm *.txt);;All files (*)</source>
        <translation>Mensajes (*.html *.htm *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="99"/>
        <source>The file could not be opened</source>
        <translation>No se pudo abrir el archivo</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="113"/>
        <source>Opened as a new draft (#{number}).</source>
        <translation>Abierto como borrador nuevo (n.º {number}).</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="135"/>
        <source>Started a new draft from “{template}”; the draft you wrote is kept in the list.</source>
        <translation>Se ha empezado un borrador nuevo a partir de «{template}»; el borrador que escribió sigue en la lista.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="161"/>
        <source>Fill in {names}: the findings panel shows where.</source>
        <translation>Complete {names}: los resultados de la revisión indican dónde.</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="169"/>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="170"/>
        <source>Template name:</source>
        <translation>Nombre de la plantilla:</translation>
    </message>
    <message>
        <location filename="../composer/ui/draftactions.py" line="179"/>
        <source>Saved as your template “{name}”.</source>
        <translation>Guardado como su plantilla «{name}».</translation>
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
    <name>ExportController</name>
    <message>
        <location filename="../composer/ui/exportflow.py" line="41"/>
        <location filename="../composer/ui/exportflow.py" line="42"/>
        <source>Copy anyway</source>
        <translation>Copiar de todos modos</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="43"/>
        <source>Open anyway</source>
        <translation>Abrir de todos modos</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="44"/>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="45"/>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="47"/>
        <source>Copied. In Seller Central, open the order, choose Contact Buyer and paste (Ctrl+V).</source>
        <translation>Copiado. En Seller Central, abra el pedido, elija «Contactar con el comprador» y pegue (Ctrl+V).</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="50"/>
        <source>Copied with its formatting. Paste it into an email to the buyer&apos;s Amazon address.</source>
        <translation>Copiado con su formato. Péguelo en un correo a la dirección de Amazon del comprador.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="53"/>
        <source>Opened in your email app as a draft. Check it there and send it.</source>
        <translation>Abierto como borrador en su aplicación de correo. Revíselo allí y envíelo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="55"/>
        <source>Saved. Open the file with your email app to send it.</source>
        <translation>Guardado. Abra el archivo con su aplicación de correo para enviarlo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="70"/>
        <source>The clipboard holds only the text: add {files} yourself in Seller Central (Contact Buyer › Add attachment).</source>
        <translation>El portapapeles solo contiene el texto: añada usted mismo {files} en Seller Central («Contactar con el comprador» › «Añadir archivo adjunto»).</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="73"/>
        <source>The clipboard holds only the text: attach {files} yourself in your email app.</source>
        <translation>El portapapeles solo contiene el texto: adjunte usted mismo {files} en su aplicación de correo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="81"/>
        <source>You chose to ignore: {title}. Amazon may still block it.</source>
        <translation>Ha decidido ignorar: {title}. Amazon aún puede bloquear el mensaje.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="156"/>
        <source>The sent log could not be tidied: {error}</source>
        <translation>No se pudo depurar el registro de envíos: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="174"/>
        <source>Checking the message once more before it leaves…</source>
        <translation>Revisando el mensaje una vez más antes de que salga…</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="181"/>
        <source>Nothing was exported</source>
        <translation>No se ha exportado nada</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="182"/>
        <source>The message could not be prepared: {error}</source>
        <translation>No se pudo preparar el mensaje: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="189"/>
        <location filename="../composer/ui/exportflow.py" line="194"/>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="193"/>
        <source> (Settings › Sending)</source>
        <translation> (Ajustes › Envío)</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="200"/>
        <source>Daily limit reached</source>
        <translation>Límite diario alcanzado</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="218"/>
        <source>Today&apos;s message count could not be read: {error}</source>
        <translation>No se pudo leer el número de mensajes de hoy: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="232"/>
        <source>Check before it leaves</source>
        <translation>Revisar antes de que salga</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="235"/>
        <source>Only the text is copied:</source>
        <translation>Solo se copia el texto:</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/exportflow.py" line="236"/>
        <source>%n thing(s) to look at first. Amazon allows this message, but you may want to change it:</source>
        <translation>
            <numerusform>%n cosa que revisar primero. Amazon permite este mensaje, pero quizá quiera cambiarlo:</numerusform>
            <numerusform>%n cosas que revisar primero. Amazon permite este mensaje, pero quizá quiera cambiarlo:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/exportflow.py" line="239"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="240"/>
        <source>Copy the text</source>
        <translation>Copiar el texto</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="242"/>
        <source>Go back and edit</source>
        <translation>Volver y editar</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="295"/>
        <location filename="../composer/ui/exportflow.py" line="306"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="296"/>
        <source>The file was not saved: {problem}.</source>
        <translation>El archivo no se ha guardado: {problem}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="307"/>
        <source>The file could not be written: {error}</source>
        <translation>No se pudo escribir el archivo: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="313"/>
        <source>No email app opened it</source>
        <translation>Ninguna aplicación de correo lo abrió</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="314"/>
        <source>The message is saved as
{path}

Open that file from your email app, or use “Copy formatted” and paste it into a new email.</source>
        <translation>El mensaje se ha guardado como
{path}

Abra ese archivo desde su aplicación de correo, o use «Copiar con formato» y péguelo en un correo nuevo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="323"/>
        <source>Save as an email file</source>
        <translation>Guardar como archivo de correo</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="324"/>
        <source>Email files (*.eml)</source>
        <translation>Archivos de correo (*.eml)</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="333"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location filename="../composer/ui/exportflow.py" line="334"/>
        <source>{how}, but the sent log could not be updated: {error}</source>
        <translation>{how}, pero no se pudo actualizar el registro de envíos: {error}</translation>
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
        <location filename="../composer/ui/findingspanel.py" line="204"/>
        <source>Fix</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="113"/>
        <location filename="../composer/ui/findingspanel.py" line="205"/>
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
        <location filename="../composer/ui/findingspanel.py" line="168"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="169"/>
        <source>This is not {nouns}…</source>
        <translation>No es {nouns}…</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="179"/>
        <source>[picture]</source>
        <translation>[imagen]</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="189"/>
        <source>Source: {sources}</source>
        <translation>Fuente: {sources}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="316"/>
        <source>Policy findings</source>
        <translation>Resultados de la revisión</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="323"/>
        <location filename="../composer/ui/findingspanel.py" line="329"/>
        <location filename="../composer/ui/findingspanel.py" line="376"/>
        <source>Checking…</source>
        <translation>Revisando…</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="325"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="349"/>
        <source>Show them again</source>
        <translation>Volver a mostrarlos</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="522"/>
        <source>…and {count} more. Fix the ones above first; the list updates as you go.</source>
        <translation>…y {count} más. Corrija primero los de arriba; la lista se actualiza sobre la marcha.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="548"/>
        <source>✓ Fixed. Ctrl+Z undoes it.</source>
        <translation>✓ Corregido. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="549"/>
        <source>Ignored here.</source>
        <translation>Ignorado aquí.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="549"/>
        <source>✓ No longer found.</source>
        <translation>✓ Ya no se detecta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/findingspanel.py" line="568"/>
        <source>%n finding(s) ignored here.</source>
        <translation>
            <numerusform>%n resultado ignorado aquí.</numerusform>
            <numerusform>%n resultados ignorados aquí.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="580"/>
        <source>No problems found</source>
        <translation>No se encontraron problemas</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="583"/>
        <source>Nothing in this message breaks Amazon&apos;s messaging rules that Seller Composer knows of. Read it once more as your buyer would, then send it.</source>
        <translation>Nada en este mensaje incumple las normas de mensajería de Amazon que conoce Seller Composer. Léalo una vez más como lo haría su comprador y envíelo.</translation>
    </message>
    <message>
        <location filename="../composer/ui/findingspanel.py" line="593"/>
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
        <location filename="../composer/ui/headerform.py" line="64"/>
        <source>e.g. Brass desk lamp (fills {product})</source>
        <translation>p. ej. Lámpara de escritorio de latón (rellena {product})</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="75"/>
        <source>Just &amp;now</source>
        <translation>Ahora mism&amp;o</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="76"/>
        <source>The buyer&apos;s message arrived a moment ago</source>
        <translation>El mensaje del comprador acaba de llegar</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="80"/>
        <source>Time left to reply</source>
        <translation>Tiempo restante para responder</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="81"/>
        <source>Amazon counts a reply as late after 24 hours, weekends and holidays included.</source>
        <translation>Amazon considera tardía una respuesta después de 24 horas, fines de semana y festivos incluidos.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="109"/>
        <source>A short, clear subject, e.g. Delivery date for your order</source>
        <translation>Un asunto breve y claro, p. ej. Fecha de entrega de su pedido</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="119"/>
        <source>&amp;To:</source>
        <translation>Pa&amp;ra:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="120"/>
        <source>The buyer&apos;s Amazon alias address, from the order page in Seller Central</source>
        <translation>La dirección alias de Amazon del comprador, de la página del pedido en Seller Central</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="122"/>
        <source>&amp;Order ID:</source>
        <translation>N.º de &amp;pedido:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="123"/>
        <source>The 17-digit Amazon order ID (3-7-7 digits)</source>
        <translation>El número de pedido de Amazon de 17 dígitos (3-7-7)</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="125"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="126"/>
        <source>What the message is for. Amazon allows only certain reasons to write.</source>
        <translation>Para qué es el mensaje. Amazon solo permite ciertos motivos.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="127"/>
        <source>Order &amp;date:</source>
        <translation>Fec&amp;ha del pedido:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="128"/>
        <source>The date the order was placed</source>
        <translation>La fecha del pedido</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="130"/>
        <source>&amp;Subject:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="131"/>
        <source>The subject line the buyer sees</source>
        <translation>La línea de asunto que ve el comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="132"/>
        <source>&amp;Language:</source>
        <translation>Id&amp;ioma:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="133"/>
        <source>The buyer&apos;s preferred language. Amazon requires messages in it.</source>
        <translation>El idioma preferido del comprador. Amazon exige los mensajes en ese idioma.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="135"/>
        <source>&amp;Product:</source>
        <translation>Prod&amp;ucto:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="136"/>
        <source>The product&apos;s name: it fills {product} in templates and is never marked as a spelling mistake</source>
        <translation>El nombre del producto: rellena {product} en las plantillas y nunca se marca como error ortográfico</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="138"/>
        <source>Deli&amp;vered:</source>
        <translation>Entre&amp;gado:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="139"/>
        <source>The date the order was delivered: review requests may be sent from 5 to 30 days after it</source>
        <translation>La fecha de entrega del pedido: las solicitudes de reseña pueden enviarse de 5 a 30 días después</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="143"/>
        <source>&amp;Buyer wrote at:</source>
        <translation>El &amp;comprador escribió:</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="144"/>
        <source>When the buyer&apos;s message arrived (your computer&apos;s time). Amazon counts a reply as late after 24 hours.</source>
        <translation>Cuándo llegó el mensaje del comprador (hora de su ordenador). Amazon considera tardía una respuesta después de 24 horas.</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="146"/>
        <source>Buyer&apos;s message received at</source>
        <translation>Mensaje del comprador recibido el</translation>
    </message>
    <message>
        <location filename="../composer/ui/headerform.py" line="322"/>
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
        <location filename="../composer/ui/mainwindow.py" line="178"/>
        <source>Buyer&apos;s view</source>
        <translation>Vista del comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="418"/>
        <source>Your draft could not be saved</source>
        <translation>No se pudo guardar su borrador</translation>
    </message>
    <message>
        <location filename="../composer/ui/mainwindow.py" line="419"/>
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
    <name>PlaceholderFill</name>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="103"/>
        <source>Put the order ID into the message (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Se ha insertado el número de pedido en el mensaje (%n lugar). Ctrl+Z en el mensaje lo deshace.</numerusform>
            <numerusform>Se ha insertado el número de pedido en el mensaje (%n lugares). Ctrl+Z en el mensaje lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="106"/>
        <source>Put the order ID into the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Se ha insertado el número de pedido en el asunto (%n lugar). Ctrl+Z en el mensaje lo deshace.</numerusform>
            <numerusform>Se ha insertado el número de pedido en el asunto (%n lugares). Ctrl+Z en el mensaje lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="108"/>
        <source>Put the order ID into the message and the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Se ha insertado el número de pedido en el mensaje y el asunto (%n lugar). Ctrl+Z en el mensaje lo deshace.</numerusform>
            <numerusform>Se ha insertado el número de pedido en el mensaje y el asunto (%n lugares). Ctrl+Z en el mensaje lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="112"/>
        <source>Put the product&apos;s name into the message (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Se ha insertado el nombre del producto en el mensaje (%n lugar). Ctrl+Z en el mensaje lo deshace.</numerusform>
            <numerusform>Se ha insertado el nombre del producto en el mensaje (%n lugares). Ctrl+Z en el mensaje lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="115"/>
        <source>Put the product&apos;s name into the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Se ha insertado el nombre del producto en el asunto (%n lugar). Ctrl+Z en el mensaje lo deshace.</numerusform>
            <numerusform>Se ha insertado el nombre del producto en el asunto (%n lugares). Ctrl+Z en el mensaje lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="117"/>
        <source>Put the product&apos;s name into the message and the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Se ha insertado el nombre del producto en el mensaje y el asunto (%n lugar). Ctrl+Z en el mensaje lo deshace.</numerusform>
            <numerusform>Se ha insertado el nombre del producto en el mensaje y el asunto (%n lugares). Ctrl+Z en el mensaje lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="121"/>
        <source>Put the delivery date into the message (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Se ha insertado la fecha de entrega en el mensaje (%n lugar). Ctrl+Z en el mensaje lo deshace.</numerusform>
            <numerusform>Se ha insertado la fecha de entrega en el mensaje (%n lugares). Ctrl+Z en el mensaje lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="124"/>
        <source>Put the delivery date into the subject (%n place(s)). Ctrl+Z in the message undoes it.</source>
        <translation>
            <numerusform>Se ha insertado la fecha de entrega en el asunto (%n lugar). Ctrl+Z en el mensaje lo deshace.</numerusform>
            <numerusform>Se ha insertado la fecha de entrega en el asunto (%n lugares). Ctrl+Z en el mensaje lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/placeholderfill.py" line="126"/>
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
        <location filename="../composer/ui/buyerview.py" line="85"/>
        <source>Picture (not loaded in the preview)</source>
        <translation>Imagen (no se carga en la vista previa)</translation>
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
    <name>Quotes</name>
    <message>
        <location filename="../composer/ui/translations.py" line="122"/>
        <source>“{text}”</source>
        <translation>«{text}»</translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <location filename="../composer/ui/sendflow.py" line="32"/>
        <source>Saved in the Outbox; it will go out when the connection returns.</source>
        <translation>Guardado en la bandeja de salida; saldrá cuando vuelva la conexión.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="96"/>
        <source>Add your From address (the email registered with Amazon) in Settings › Sending.</source>
        <translation>Indique su dirección de remitente (el correo registrado en Amazon) en Ajustes › Envío.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="100"/>
        <source>Set up sending first</source>
        <translation>Configure primero el envío</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="118"/>
        <source>Email password</source>
        <translation>Contraseña del correo</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="119"/>
        <source>Password for {user} on {server}.</source>
        <translation>Contraseña de {user} en {server}.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="129"/>
        <source>Already sending</source>
        <translation>Ya se está enviando</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="130"/>
        <source>Wait until the message being sent is done.</source>
        <translation>Espere a que termine de enviarse el mensaje actual.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="138"/>
        <location filename="../composer/ui/sendflow.py" line="151"/>
        <location filename="../composer/ui/sendflow.py" line="248"/>
        <source>Daily limit reached</source>
        <translation>Límite diario alcanzado</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="182"/>
        <location filename="../composer/ui/sendflow.py" line="208"/>
        <source>Your message</source>
        <translation>Su mensaje</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="183"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="184"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="185"/>
        <source>Sending to the buyer</source>
        <translation>Enviando al comprador</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="206"/>
        <source>({number} of {total})</source>
        <translation>({number} de {total})</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="239"/>
        <source>Sent to the buyer&apos;s Amazon address and added to the sent log.</source>
        <translation>Enviado a la dirección de Amazon del comprador y añadido al registro de envíos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../composer/ui/sendflow.py" line="240"/>
        <source>%n message(s) sent and added to the sent log.</source>
        <translation>
            <numerusform>%n mensaje enviado y añadido al registro de envíos.</numerusform>
            <numerusform>%n mensajes enviados y añadidos al registro de envíos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="252"/>
        <source>A message in the Outbox could not be sent: {error}</source>
        <translation>No se pudo enviar un mensaje de la bandeja de salida: {error}</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="256"/>
        <source>Not sent: you cancelled. Your draft is unchanged.</source>
        <translation>No enviado: ha cancelado. Su borrador no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="258"/>
        <source>Stopped. The rest waits in the Outbox.</source>
        <translation>Detenido. El resto espera en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="260"/>
        <source>Not sent yet</source>
        <translation>Todavía no enviado</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="265"/>
        <source>The message was not sent</source>
        <translation>El mensaje no se ha enviado</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="267"/>
        <source>It waits in the Outbox: fix this, then press “Send now” in the sent log, or delete it there.</source>
        <translation>Espera en la bandeja de salida: corrija esto y pulse «Enviar ahora» en el registro de envíos, o elimínelo allí.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="271"/>
        <source>Today&apos;s message limit is reached. The message waits in the Outbox and goes out tomorrow, when the limit frees up.</source>
        <translation>Se ha alcanzado el límite de mensajes de hoy. El mensaje espera en la bandeja de salida y saldrá mañana, cuando se libere el límite.</translation>
    </message>
    <message>
        <location filename="../composer/ui/sendflow.py" line="287"/>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
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
        <location filename="../composer/ui/spellmenu.py" line="63"/>
        <source>Add “{word}” to dictionary</source>
        <translation>Añadir «{word}» al diccionario</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="65"/>
        <source>Never flag this word again (kept in your data folder)</source>
        <translation>No volver a marcar esta palabra (se guarda en su carpeta de datos)</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="68"/>
        <source>Ignore here</source>
        <translation>Ignorar aquí</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="69"/>
        <source>Hide this one mistake; the word is still checked elsewhere</source>
        <translation>Ocultar solo este error; la palabra se sigue revisando en otros lugares</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="104"/>
        <source>Replace “{word}” with “{suggestion}”</source>
        <translation>Sustituir «{word}» por «{suggestion}»</translation>
    </message>
    <message>
        <location filename="../composer/ui/spellmenu.py" line="119"/>
        <source>Change to “{word}”</source>
        <translation>Cambiar por «{word}»</translation>
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
        <translation>Cada plantilla incluida está escrita para cumplir las normas de Amazon. Las partes entre {llaves} se rellenan desde el encabezado y Ajustes cuando se conocen; complete el resto antes de enviar.</translation>
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
        <translation>&amp;Eliminar</translation>
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
        <location filename="../composer/ui/templatepicker.py" line="128"/>
        <source>No Amazon message type (use Amazon&apos;s own “Request a Review” button where you can)</source>
        <translation>Ningún tipo de mensaje de Amazon (use, cuando pueda, el botón «Solicitar una reseña» de Amazon)</translation>
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
