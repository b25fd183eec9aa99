// Site entry point: registers the root element; br-app reads the URL and loads the snapshot.
import './components/br-app';
