// First import on purpose: with 100,000 events the download and parse are most of the wait, so the
// fetch starts before the rest of the bundle (Svelte, D3, the components) is evaluated.
import { config, loading } from './start-loading';
import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (target) mount(App, { target, props: { config, loading } });
