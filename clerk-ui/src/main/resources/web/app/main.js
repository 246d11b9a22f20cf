// The clerk web frontend: one page, screens chosen by the address (#/...), each calling the services' APIs.
import './app.css';
import './app-shell.js';
