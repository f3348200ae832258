import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { parseUrlConfig } from './config/url-config';
import { loadTimeline } from './load-timeline';

const config = parseUrlConfig(location.search);
// The timeline is fetched before the app is built: with 100,000 events the download and parse are
// most of the wait.
const loading = loadTimeline(config.src);
const target = document.getElementById('app');
if (target) mount(App, { target, props: { config, loading } });
