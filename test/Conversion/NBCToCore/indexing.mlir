// nbc.take/put/mask_take/mask_put/argwhere -> scf loop nests over memrefs:
// every index checked first (NumPy's IndexError, formatted at run time),
// two passes (count, then fill) for masks and argwhere, value shapes
// checked (NumPy's ValueError), values sharing memory with the array
// written copied first.
// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// CHECK-LABEL: func @take
// CHECK-SAME: (%[[A:.*]]: memref<?x?xf64>, %[[I:.*]]: memref<?xi32>)
// CHECK: %[[N:.*]] = arith.index_cast %{{.*}} : index to i64
// CHECK: scf.for %[[K:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK:   %[[RAW:.*]] = memref.load %[[I]][%[[K]]] : memref<?xi32>
// CHECK:   %[[GIVEN:.*]] = arith.extsi %[[RAW]] : i32 to i64
// CHECK:   %[[NEG:.*]] = arith.cmpi slt, %[[GIVEN]]
// CHECK:   %[[WRAPPED:.*]] = arith.addi %[[GIVEN]], %[[N]] : i64
// CHECK:   %[[J:.*]] = arith.select %[[NEG]], %[[WRAPPED]], %[[GIVEN]] : i64
// CHECK:   %[[OOB:.*]] = arith.cmpi uge, %[[J]], %[[N]] : i64
// CHECK:   nbc.raise_if %[[OOB]], IndexError, "index {} is out of bounds for axis 2 with size {}"(%[[GIVEN]], %[[N]] : i64, i64)
// CHECK: }
// CHECK: %[[R:.*]] = memref.alloc(%{{.*}}, %{{.*}}) {alignment = 64 : i64} : memref<?x?xf64>
// CHECK: scf.for %[[P:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK:   scf.for %[[Q:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK:     memref.load %[[I]][%[[Q]]] : memref<?xi32>
// CHECK:     %[[IDX:.*]] = arith.index_cast %{{.*}} : i64 to index
// CHECK:     %[[X:.*]] = memref.load %[[A]][%[[P]], %[[IDX]]] : memref<?x?xf64>
// CHECK:     memref.store %[[X]], %[[R]][%[[P]], %[[Q]]] : memref<?x?xf64>
// CHECK: return %[[R]]
func.func @take(%a: memref<?x?xf64>, %i: memref<?xsi32>) -> memref<?x?xf64> {
  %r = nbc.take %a[%i] axis 1 {error_axes = array<i64: 2>} : memref<?x?xf64>, memref<?xsi32> -> memref<?x?xf64>
  return %r : memref<?x?xf64>
}

// Unsigned indices are not wrapped.
// CHECK-LABEL: func @take_unsigned
// CHECK: %[[G:.*]] = arith.extui %{{.*}} : i8 to i64
// CHECK-NOT: arith.select
// CHECK: %[[OOB:.*]] = arith.cmpi uge, %[[G]], %{{.*}} : i64
// CHECK: nbc.raise_if %[[OOB]], IndexError, "index {} is out of bounds for axis 0 with size {}"
func.func @take_unsigned(%a: memref<?xf64>, %i: memref<?xui8>) -> memref<?xf64> {
  %r = nbc.take %a[%i] axis 0 : memref<?xf64>, memref<?xui8> -> memref<?xf64>
  return %r : memref<?xf64>
}

// np.take's checks: a non-empty take from an empty axis raises; the indices
// are checked only when the axes before the taken one hold elements.
// CHECK-LABEL: func @np_take
// CHECK: %[[AXIS:.*]] = arith.index_cast %{{.*}} : index to i64
// CHECK: %[[EMPTYAXIS:.*]] = arith.cmpi eq, %[[AXIS]], %{{.*}} : i64
// CHECK: %[[EMPTY:.*]] = arith.cmpi eq, %{{.*}}, %{{.*}} : index
// CHECK: %[[FULL:.*]] = arith.xori %[[EMPTY]], %{{.*}} : i1
// CHECK: %[[BAD:.*]] = arith.andi %[[EMPTYAXIS]], %[[FULL]] : i1
// CHECK: nbc.raise_if %[[BAD]], IndexError, "cannot do a non-empty take from an empty axes."
// CHECK: %[[OUTER:.*]] = arith.cmpi ne, %{{.*}}, %{{.*}} : index
// CHECK: scf.if %[[OUTER]] {
// CHECK:   scf.for
// CHECK:     nbc.raise_if %{{.*}}, IndexError, "index {} is out of bounds for axis 1 with size {}"
// CHECK: memref.alloc
func.func @np_take(%a: memref<?x?xf64>, %i: memref<?xsi64>) -> memref<?x?xf64> {
  %r = nbc.take %a[%i] axis 1 {np_take} : memref<?x?xf64>, memref<?xsi64> -> memref<?x?xf64>
  return %r : memref<?x?xf64>
}

// CHECK-LABEL: func @put
// CHECK-SAME: (%[[V:.*]]: memref<?xf64>, %[[A:.*]]: memref<?x?xf64>, %[[I:.*]]: memref<?xi64>)
// CHECK: nbc.raise_if %{{.*}}, ValueError, "shape mismatch: value array of shape ({},) could not be broadcast to indexing result of shape ({},{})"
// CHECK: %[[IC:.*]] = scf.if %{{.*}} -> (memref<?xi64, strided<[?], offset: ?>>)
// CHECK: nbc.raise_if %{{.*}}, IndexError, "index {} is out of bounds for axis 0 with size {}"
// CHECK: %[[VC:.*]] = scf.if %{{.*}} -> (memref<?xf64, strided<[?], offset: ?>>)
// CHECK: memref.copy %[[V]], %{{.*}}
// CHECK: scf.for %[[P:.*]] =
// CHECK:   scf.for %[[Q:.*]] =
// CHECK:     memref.load %[[IC]][%[[P]]]
// CHECK:     %[[UNIT:.*]] = arith.cmpi eq, %{{.*}}, %{{.*}} : index
// CHECK:     %[[VQ:.*]] = arith.select %[[UNIT]], %{{.*}}, %[[Q]] : index
// CHECK:     %[[X:.*]] = memref.load %[[VC]][%[[VQ]]]
// CHECK:     memref.store %[[X]], %[[A]][%{{.*}}, %[[Q]]] : memref<?x?xf64>
func.func @put(%v: memref<?xf64>, %a: memref<?x?xf64>, %i: memref<?xsi64>) {
  nbc.put %v, %a[%i] axis 0 : memref<?xf64>, memref<?x?xf64>, memref<?xsi64>
  return
}

// Two index arrays: their shapes broadcast (IndexError quoting both), each
// is checked against its own axis and reported axis, and each is read
// through its broadcast.
// CHECK-LABEL: func @take_pair
// CHECK-SAME: (%[[A:.*]]: memref<?x?x?xf64>, %[[I:.*]]: memref<?x?xi64>, %[[J:.*]]: memref<?xi32>)
// CHECK: nbc.raise_if %{{.*}}, IndexError, "shape mismatch: indexing arrays could not be broadcast together with shapes ({},{}) ({},) "
// CHECK: nbc.raise_if %{{.*}}, IndexError, "index {} is out of bounds for axis 0 with size {}"
// CHECK: nbc.raise_if %{{.*}}, IndexError, "index {} is out of bounds for axis 2 with size {}"
// CHECK: %[[R:.*]] = memref.alloc(%{{.*}}, %{{.*}}, %{{.*}}) {alignment = 64 : i64} : memref<?x?x?xf64>
// CHECK: scf.for %[[P:.*]] =
// CHECK:   scf.for %[[Q:.*]] =
// CHECK:     scf.for %[[S:.*]] =
// CHECK:       arith.select %{{.*}}, %{{.*}}, %[[P]] : index
// CHECK:       arith.select %{{.*}}, %{{.*}}, %[[Q]] : index
// CHECK:       memref.load %[[I]]
// CHECK:       arith.select %{{.*}}, %{{.*}}, %[[Q]] : index
// CHECK:       memref.load %[[J]]
// CHECK:       %[[X:.*]] = memref.load %[[A]][%{{.*}}, %{{.*}}, %[[S]]] : memref<?x?x?xf64>
// CHECK:       memref.store %[[X]], %[[R]][%[[P]], %[[Q]], %[[S]]] : memref<?x?x?xf64>
func.func @take_pair(%a: memref<?x?x?xf64>, %i: memref<?x?xsi64>, %j: memref<?xsi32>) -> memref<?x?x?xf64> {
  %r = nbc.take %a[%i, %j] axis 0 {error_axes = array<i64: 0, 2>} : memref<?x?x?xf64>, memref<?x?xsi64>, memref<?xsi32> -> memref<?x?x?xf64>
  return %r : memref<?x?x?xf64>
}

// CHECK-LABEL: func @mask_take
// CHECK-SAME: (%[[A:.*]]: memref<?x?xf64>, %[[M:.*]]: memref<?xi1>)
// CHECK: %[[NE:.*]] = arith.cmpi ne, %{{.*}}, %{{.*}} : i64
// CHECK: nbc.raise_if %[[NE]], IndexError, "boolean index did not match indexed array along axis 0; size of axis is {} but size of corresponding boolean axis is {}"
// CHECK: %[[COUNT:.*]] = scf.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[C:.*]] = %{{.*}}) -> (index) {
// CHECK:   memref.load %[[M]]
// CHECK:   arith.extui
// CHECK:   arith.addi %[[C]]
// CHECK: %[[R:.*]] = memref.alloc(%[[COUNT]], %{{.*}}) {alignment = 64 : i64} : memref<?x?xf64>
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[K:.*]] = %{{.*}}) -> (index) {
// CHECK:   %[[SEL:.*]] = memref.load %[[M]][%[[I]]]
// CHECK:   scf.if %[[SEL]] {
// CHECK:     scf.for %[[J:.*]] =
// CHECK:       %[[X:.*]] = memref.load %[[A]][%[[I]], %[[J]]]
// CHECK:       memref.store %[[X]], %[[R]][%[[K]], %[[J]]]
func.func @mask_take(%a: memref<?x?xf64>, %m: memref<?xi1>) -> memref<?x?xf64> {
  %r = nbc.mask_take %a[%m] : memref<?x?xf64>, memref<?xi1> -> memref<?x?xf64>
  return %r : memref<?x?xf64>
}

// A full-shape mask with a 1-d value: NumPy's own message.
// CHECK-LABEL: func @mask_put
// CHECK-COUNT-2: nbc.raise_if %{{.*}}, IndexError, "boolean index did not match
// CHECK: nbc.raise_if %{{.*}}, ValueError, "NumPy boolean array indexing assignment cannot assign {} input values to the {} output values where the mask is true"
// CHECK: scf.if
// CHECK:   memref.store %{{.*}}, %{{.*}}[%{{.*}}, %{{.*}}] : memref<?x?xi32>
func.func @mask_put(%v: memref<?xsi32>, %a: memref<?x?xsi32>, %m: memref<?x?xi1>) {
  nbc.mask_put %v, %a[%m] : memref<?xsi32>, memref<?x?xsi32>, memref<?x?xi1>
  return
}

// A scalar: no count, no copy.
// CHECK-LABEL: func @mask_put_scalar
// CHECK-NOT: memref.alloc
// CHECK: scf.if
// CHECK:   memref.store %{{.*}}, %{{.*}}[%{{.*}}] : memref<?xf32>
func.func @mask_put_scalar(%x: f32, %a: memref<?xf32>, %m: memref<?xi1>) {
  nbc.mask_put %x, %a[%m] : f32, memref<?xf32>, memref<?xi1>
  return
}

// A mask on axis 1 (`a[:, m]`): the outer axis loops around the selection;
// the message names the error axis.
// CHECK-LABEL: func @mask_take_axis
// CHECK-SAME: (%[[A:.*]]: memref<?x?x?xf64>, %[[M:.*]]: memref<?xi1>)
// CHECK: nbc.raise_if %{{.*}}, IndexError, "boolean index did not match indexed array along axis 2; size
// CHECK: %[[COUNT:.*]] = scf.for
// CHECK: %[[R:.*]] = memref.alloc(%{{.*}}, %[[COUNT]], %{{.*}}) {alignment = 64 : i64} : memref<?x?x?xf64>
// CHECK: scf.for %[[O:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK:   scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[K:.*]] = %{{.*}}) -> (index) {
// CHECK:     %[[SEL:.*]] = memref.load %[[M]][%[[I]]]
// CHECK:     scf.if %[[SEL]] {
// CHECK:       scf.for %[[J:.*]] =
// CHECK:         %[[X:.*]] = memref.load %[[A]][%[[O]], %[[I]], %[[J]]]
// CHECK:         memref.store %[[X]], %[[R]][%[[O]], %[[K]], %[[J]]]
func.func @mask_take_axis(%a: memref<?x?x?xf64>, %m: memref<?xi1>) -> memref<?x?x?xf64> {
  %r = nbc.mask_take %a[%m] {axis = 1 : i64, error_axis = 2 : i64} : memref<?x?x?xf64>, memref<?xi1> -> memref<?x?x?xf64>
  return %r : memref<?x?x?xf64>
}

// With `axis`, a 1-d value covering every axis gets the shape message; the
// mask is read once per row, so one sharing memory with the array is copied.
// CHECK-LABEL: func @mask_put_axis
// CHECK-NOT: NumPy boolean array indexing assignment
// CHECK: nbc.raise_if %{{.*}}, ValueError, "shape mismatch: value array of shape
// CHECK: memref.copy %{{.*}}, %{{.*}} : memref<?xi1>
// CHECK: scf.for %[[O:.*]] =
// CHECK:   scf.for %[[I:[^ ]*]] =
// CHECK:     scf.if
// CHECK:       memref.store %{{.*}}, %{{.*}}[%[[O]], %[[I]]] : memref<?x?xf32>
func.func @mask_put_axis(%v: memref<?xf32>, %a: memref<?x?xf32>, %m: memref<?xi1>) {
  nbc.mask_put %v, %a[%m] {axis = 1 : i64} : memref<?xf32>, memref<?x?xf32>, memref<?xi1>
  return
}

// CHECK-LABEL: func @argwhere
// CHECK: arith.cmpf une, %{{.*}}, %{{.*}} : f32
// CHECK: %[[W:.*]] = memref.alloc(%{{.*}}) {alignment = 64 : i64} : memref<?x2xi64>
// CHECK: scf.if
// CHECK:   memref.store %{{.*}}, %[[W]][%{{.*}}, %{{.*}}] : memref<?x2xi64>
// CHECK:   memref.store %{{.*}}, %[[W]][%{{.*}}, %{{.*}}] : memref<?x2xi64>
func.func @argwhere(%a: memref<?x?xf32>) -> memref<?x2xsi64> {
  %w = nbc.argwhere %a : memref<?x?xf32> -> memref<?x2xsi64>
  return %w : memref<?x2xsi64>
}

// CHECK-LABEL: func @flatnonzero
// CHECK: arith.cmpi ne, %{{.*}}, %{{.*}} : i8
// CHECK: %[[F:.*]] = memref.alloc(%{{.*}}) {alignment = 64 : i64} : memref<?xi64>
// CHECK: scf.for {{.*}} iter_args(%[[K:.*]] = %{{.*}}, %[[FLAT:.*]] = %{{.*}}) -> (index, index)
// CHECK:   scf.if
// CHECK:     %[[FI:.*]] = arith.index_cast %[[FLAT]] : index to i64
// CHECK:     memref.store %[[FI]], %[[F]][%[[K]]] : memref<?xi64>
func.func @flatnonzero(%a: memref<?xui8>) -> memref<?xsi64> {
  %f = nbc.argwhere %a flat : memref<?xui8> -> memref<?xsi64>
  return %f : memref<?xsi64>
}
