# Documents attached to a record: the block of documents on a page and its upload form.

## Labels of the stored codes.
kind-of-document-registration-certificate = Registration certificate
kind-of-document-statutes = Statutes
kind-of-document-budget = Budget
kind-of-document-letter-of-support = Letter of support
kind-of-document-receipt = Receipt
kind-of-document-photo = Photo
kind-of-document-output = Output (a briefing paper, a letter, a publication)
kind-of-document-signed-agreement = Signed grant agreement
kind-of-document-amendment = Signed amendment
kind-of-document-award-letter = Award letter
kind-of-document-other = Other document

attachments-documents = Documents
attachments-round-asks = The round asks for:
attachments-attached = attached
attachments-missing = missing
attachments-scan-pending = Waiting for the virus scan
attachments-virus-found = Virus found
attachments-virus-deleted = the scanner found { $signature }: the file was deleted
attachments-remove = Remove
attachments-none = No document yet.
attachments-kind = Kind of document
attachments-title = Title
attachments-title-hint = optional: the file's name otherwise
attachments-file = File
attachments-file-hint = PDF, image, office document, CSV or plain text; at most { $max }
attachments-attach = Attach the document

## What the forms say once a document is attached or removed, or why it was not.
attachments-attached-flash = Attached “{ $title }” ({ $file }, { $size }).
attachments-removed-flash = Removed “{ $title }”.
attachments-not-attached = Nothing was attached: { $reason }.

## Sizes of files
attachments-size-bytes = { $size } bytes
attachments-size-kb = { $size } KB
attachments-size-mb = { $size } MB
