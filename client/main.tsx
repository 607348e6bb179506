// Suomi.fi's typeface, self-hosted: no font CDN (no internet here, and public-sector privacy rules).
import '@fontsource/source-sans-3/300.css';
import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/600.css';
import '@fontsource/source-sans-3/700.css';
import './styles.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { App } from './App.tsx';
import { I18nProvider } from './i18n/i18n.tsx';
import { queryClient } from './lib/trpc.ts';

// A data router (one splat route; App declares the pages) so that useBlocker can guard unsaved edits.
const router = createBrowserRouter([{ path: '*', Component: App }]);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <RouterProvider router={router} />
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
