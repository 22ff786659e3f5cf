/**
 * Whether an element lies inside a Vue 3 application: Vue 3 marks the element it mounts on
 * with `data-v-app` (Vue 2 and React never do). Element Plus and ant-design-vue are Vue 3
 * libraries sharing class prefixes with element-ui (Vue 2) and antd (React); this tells them
 * apart by an ancestor walk, cheap enough to ask per element. Popups teleported to <body> lie
 * outside the application, and they are never fields.
 */
export function isInVue3App(element: Element): boolean {
  return element.closest?.('[data-v-app]') != null;
}
