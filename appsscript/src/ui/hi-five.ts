// Entry of HiFive.html: the Give a hi-five dialog.
import './br-hi-five-form';
