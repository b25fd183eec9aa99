// Entry of Statement.html: the Commission statement dialog.
import './br-statement-dialog';
