// Private page entry point: registers the page element; it reads the link's fragment and opens the file.
import './br-private-page';
