// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// The format spec `type` names an arg's type as NumPy does; convert-nbc-to-core
// writes the name into the message once the type is final (a typing step
// such as nbcWidenValues may still change it before) and drops the arg.

// CHECK-LABEL: func.func @only_type_names
// CHECK: nbc.raise_if %{{.*}}, TypeError, "expected float64, got None"{{$}}
// CHECK: nbc.raise_if %{{.*}}, TypeError, "{literal} uint8 and bool"{{$}}
func.func @only_type_names(%c: i1, %x: f64, %n: ui8, %b: i1) {
  nbc.raise_if %c, TypeError, "expected {}, got None" (%x : f64) {formats = ["type"]}
  nbc.raise_if %c, TypeError, "{{literal}} {} and {}" (%n, %b : ui8, i1) {formats = ["type", "type"]}
  return
}

// The other args stay, with their specs, and an unsigned one stays marked.
// CHECK-LABEL: func.func @mixed
// CHECK: nbc.raise_if %{{.*}}, ValueError, "int32 {} {{[{][{]x[}][}]}} complex128? {}"(%{{.*}}, %{{.*}} : i8, f64) {formats = ["", ".2f"], unsigned_args = array<i1: true, false>}
func.func @mixed(%c: i1, %i: si32, %u: ui8, %x: f64) {
  nbc.raise_if %c, ValueError, "{} {} {{x}} complex128? {}" (%i, %u, %x : si32, ui8, f64) {formats = ["type", "", ".2f"]}
  return
}
