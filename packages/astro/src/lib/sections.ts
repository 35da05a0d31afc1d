/** The navigation entries a page can belong to (the layout marks its entry as the current page). */
export type Section = 'home' | 'ladders' | 'paths' | 'assess' | 'team' | 'examples' | 'guides';
