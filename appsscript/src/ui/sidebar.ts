// Entry of Sidebar.html: the Dashboard sidebar.
import './br-addon-dashboard';
