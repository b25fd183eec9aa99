// Entry of Import.html: the Import CRM export dialog.
import './br-import-dialog';
