/**
 * The part of layui's global API this page uses. layui is loaded as a classic <script>
 * (its dist, copied at build time), so it is reached through `window.layui`.
 */
export interface LayEventData {
  elem: HTMLInputElement | HTMLSelectElement;
  value: string;
}

export interface LaySubmitData {
  field: Record<string, string>;
}

export type LayRule = (value: string, item: HTMLElement) => string | undefined;

export interface LayForm {
  render(type?: string | null, filter?: string): void;
  on(event: `submit(${string})`, handler: (data: LaySubmitData) => boolean): void;
  on(event: string, handler: (data: LayEventData) => void): void;
  verify(rules: Record<string, LayRule>): void;
}

export interface LayDate {
  render(options: { elem: string; type?: 'date' | 'year'; range?: boolean; max?: string }): void;
}

export interface LayUploadChoice {
  getChooseFiles(): Record<string, File>;
}

export interface LayUpload {
  render(options: {
    elem: string;
    auto: boolean;
    multiple: boolean;
    accept: 'file';
    exts: string;
    size: number;
    choose(choice: LayUploadChoice): void;
  }): void;
}

export interface LayLayer {
  msg(text: string, options?: { icon?: number; time?: number; shift?: number }): number;
}

export interface LayElement {
  render(type?: string): void;
}

export interface Layui {
  use(modules: string[], ready: () => void): void;
  form: LayForm;
  laydate: LayDate;
  upload: LayUpload;
  layer: LayLayer;
  element: LayElement;
}

export function getLayui(): Layui {
  const layui = (window as unknown as { layui?: Layui }).layui;
  if (!layui) throw new Error('layui.js is not loaded');
  return layui;
}
