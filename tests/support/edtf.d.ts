// The edtf package ships no types; the tests use only its parser and a value's bounds.
declare module "edtf" {
  interface EdtfValue {
    type: string;
    min: number;
    max: number;
  }
  export default function edtf(text: string): EdtfValue;
}
