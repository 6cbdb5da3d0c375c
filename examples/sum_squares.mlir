// The classic first Numba kernel, written in the nbc dialect:
//
//   @njit
//   def sum_squares(a):
//       total = 0.0
//       for i in range(len(a)):
//           total += a[i] * a[i]
//       return total
func.func @sum_squares(%a: memref<?xf64>) -> f64 {
  %zero = nbc.constant 0.0 : f64
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xf64>
  %total = nbc.range %i = %c0 to %n step %c1 : si64
      iter_args(%acc = %zero) -> (f64) {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %sq = nbc.mul %x, %x : f64
    %next = nbc.add %acc, %sq : f64
    nbc.yield %next : f64
  }
  return %total : f64
}

// A driver for mlir-runner: sum_squares over [1.0, 2.0, ..., 1000.0].
// `nbc.report_errors` makes an uncaught exception print and exit(1).
func.func private @printF64(f64)
func.func private @printNewline()

func.func @main() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.constant 1000 : si64
  %a = nbc.empty(%n) : memref<?xf64>, si64
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %i1 = nbc.add %i, %c1 : si64
    %x = nbc.cast %i1 : si64 to f64
    nbc.store %x, %a[%i] : memref<?xf64>, si64
  }
  %total = func.call @sum_squares(%a) : (memref<?xf64>) -> f64
  func.call @printF64(%total) : (f64) -> ()
  func.call @printNewline() : () -> ()
  return
}
