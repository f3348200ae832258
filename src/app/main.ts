import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { parseUrlConfig } from './config/url-config';

const target = document.getElementById('app');
if (target) mount(App, { target, props: { config: parseUrlConfig(location.search) } });
