import { antd, recogniseAntFamily } from './antd';
import type { Adapter } from './types';
import { isInVue3App } from './vue3';

/**
 * ant-design-vue 4 (Vue 3), as rendered (see test/dom-fixtures/antdv*.html). It is antd's
 * design ported to Vue and draws antd's classes (form items, Select with its `<id>_list`
 * listbox, pickers, radio and checkbox wrappers, Upload, Steps, cards), so antd's recognisers
 * serve it under this id. What differs is behaviour: its pickers keep their input read-only
 * and their panel closed until the input is pressed (antd's open on focus).
 */

const ID = 'antdv';

/** ant-design-vue (Vue 3): antd's shapes, its own picker behaviour. */
export const antDesignVue: Adapter = {
  ...antd,
  id: ID,
  // antd is React: a page of `ant-` widgets inside a Vue 3 application is ant-design-vue.
  claims: isInVue3App,
  recognise: recogniseAntFamily(ID),
  dateOpen: 'press',
};
