// Checks in loops that keep SIMD (nbc-version-checks, nbc-vectorize): a
// loop-invariant divisor is tested once before the loop, per-element
// divisors once per vector. Results and errors must be Python's: with a zero
// divisor the elements before the failing one are written (--print-args
// shows the arrays after the raise), an empty loop does not raise, and the
// message is CPython's. Expected values computed by CPython.
// DEFINE: %{libs} = -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime
// RUN: nbc-opt --nbc-to-llvm %s | mlir-runner -e _mlir_ciface_main -entry-point-result=void %{libs} | FileCheck %s
// RUN: nbc-opt --nbc-to-llvm %s | not mlir-runner -e _mlir_ciface_zero_divisor -entry-point-result=void %{libs} 2>&1 | FileCheck %s --check-prefix=ZERO
// RUN: nbc-opt --nbc-to-llvm %s | not mlir-runner -e _mlir_ciface_zero_element -entry-point-result=void %{libs} 2>&1 | FileCheck %s --check-prefix=ELEM
// RUN: nbc-opt --nbc-to-llvm %s | not mlir-runner -e _mlir_ciface_zero_float -entry-point-result=void %{libs} 2>&1 | FileCheck %s --check-prefix=FZERO
// The same, run by nbc-run through the JIT and through an AOT shared library.
// RUN: nbc-run %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: not nbc-run %s --fn=zero_divisor --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=ZERO
// RUN: not nbc-run %s --fn=zero_element --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=ELEM
// RUN: not nbc-run %s --fn=zero_float --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=FZERO
// RUN: nbc-run --aot %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: not nbc-run --aot %s --fn=zero_divisor --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=ZERO
// RUN: not nbc-run --aot %s --fn=zero_element --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=ELEM
// RUN: not nbc-run --aot %s --fn=zero_float --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=FZERO
// RUN: nbc-run %s --fn=divmod_si8 --arg='[-128, -100, -7, -1, 0, 1, 6, 7, 99, 127]:i8' --arg=7 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i8' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i8' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=DM_SI8
// RUN: nbc-run --aot %s --fn=divmod_si8 --arg='[-128, -100, -7, -1, 0, 1, 6, 7, 99, 127]:i8' --arg=7 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i8' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i8' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=DM_SI8
// RUN: not nbc-run %s --fn=divmod_si8 --arg='[-128, -100, -7, -1, 0, 1, 6, 7, 99, 127]:i8' --arg=0 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i8' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i8' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DZ_SI8
// RUN: not nbc-run --aot %s --fn=divmod_si8 --arg='[-128, -100, -7, -1, 0, 1, 6, 7, 99, 127]:i8' --arg=0 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i8' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i8' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DZ_SI8
// RUN: nbc-run %s --fn=divmod_si8 --arg='[]:i8' --arg=0 --arg='[]:i8' --arg='[]:i8' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DE_SI8
// RUN: nbc-run %s --fn=divmod_si16 --arg='[-32768, -1000, -7, -1, 0, 3, 6, 7, 999, 32767]:i16' --arg=-3 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i16' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i16' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=DM_SI16
// RUN: nbc-run --aot %s --fn=divmod_si16 --arg='[-32768, -1000, -7, -1, 0, 3, 6, 7, 999, 32767]:i16' --arg=-3 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i16' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i16' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=DM_SI16
// RUN: not nbc-run %s --fn=divmod_si16 --arg='[-32768, -1000, -7, -1, 0, 3, 6, 7, 999, 32767]:i16' --arg=0 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i16' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i16' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DZ_SI16
// RUN: not nbc-run --aot %s --fn=divmod_si16 --arg='[-32768, -1000, -7, -1, 0, 3, 6, 7, 999, 32767]:i16' --arg=0 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i16' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i16' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DZ_SI16
// RUN: nbc-run %s --fn=divmod_si16 --arg='[]:i16' --arg=0 --arg='[]:i16' --arg='[]:i16' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DE_SI16
// RUN: nbc-run %s --fn=divmod_si32 --arg='[-2147483648, -100000, -7, -1, 0, 1, 6, 7, 99999, 2147483647]:i32' --arg=10 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i32' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=DM_SI32
// RUN: nbc-run --aot %s --fn=divmod_si32 --arg='[-2147483648, -100000, -7, -1, 0, 1, 6, 7, 99999, 2147483647]:i32' --arg=10 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i32' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=DM_SI32
// RUN: not nbc-run %s --fn=divmod_si32 --arg='[-2147483648, -100000, -7, -1, 0, 1, 6, 7, 99999, 2147483647]:i32' --arg=0 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i32' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DZ_SI32
// RUN: not nbc-run --aot %s --fn=divmod_si32 --arg='[-2147483648, -100000, -7, -1, 0, 1, 6, 7, 99999, 2147483647]:i32' --arg=0 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i32' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DZ_SI32
// RUN: nbc-run %s --fn=divmod_si32 --arg='[]:i32' --arg=0 --arg='[]:i32' --arg='[]:i32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DE_SI32
// RUN: nbc-run %s --fn=divmod_si64 --arg='[-9223372036854775808, -1000000000000000, -7, -1, 0, 1, 6, 7, 1000000000000000, 9223372036854775807]:i64' --arg=-7 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i64' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=DM_SI64
// RUN: nbc-run --aot %s --fn=divmod_si64 --arg='[-9223372036854775808, -1000000000000000, -7, -1, 0, 1, 6, 7, 1000000000000000, 9223372036854775807]:i64' --arg=-7 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i64' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=DM_SI64
// RUN: not nbc-run %s --fn=divmod_si64 --arg='[-9223372036854775808, -1000000000000000, -7, -1, 0, 1, 6, 7, 1000000000000000, 9223372036854775807]:i64' --arg=0 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i64' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DZ_SI64
// RUN: not nbc-run --aot %s --fn=divmod_si64 --arg='[-9223372036854775808, -1000000000000000, -7, -1, 0, 1, 6, 7, 1000000000000000, 9223372036854775807]:i64' --arg=0 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i64' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DZ_SI64
// RUN: nbc-run %s --fn=divmod_si64 --arg='[]:i64' --arg=0 --arg='[]:i64' --arg='[]:i64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DE_SI64
// RUN: nbc-run %s --fn=divmod_ui8 --arg='[0, 1, 6, 7, 100, 200, 250, 254, 255, 13]:u8' --arg=7 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u8' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u8' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=DM_UI8
// RUN: nbc-run --aot %s --fn=divmod_ui8 --arg='[0, 1, 6, 7, 100, 200, 250, 254, 255, 13]:u8' --arg=7 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u8' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u8' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=DM_UI8
// RUN: not nbc-run %s --fn=divmod_ui8 --arg='[0, 1, 6, 7, 100, 200, 250, 254, 255, 13]:u8' --arg=0 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u8' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u8' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DZ_UI8
// RUN: not nbc-run --aot %s --fn=divmod_ui8 --arg='[0, 1, 6, 7, 100, 200, 250, 254, 255, 13]:u8' --arg=0 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u8' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u8' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DZ_UI8
// RUN: nbc-run %s --fn=divmod_ui8 --arg='[]:u8' --arg=0 --arg='[]:u8' --arg='[]:u8' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DE_UI8
// RUN: nbc-run %s --fn=divmod_ui16 --arg='[0, 1, 6, 7, 1000, 20000, 65534, 65535, 300, 13]:u16' --arg=9 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u16' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u16' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=DM_UI16
// RUN: nbc-run --aot %s --fn=divmod_ui16 --arg='[0, 1, 6, 7, 1000, 20000, 65534, 65535, 300, 13]:u16' --arg=9 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u16' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u16' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=DM_UI16
// RUN: not nbc-run %s --fn=divmod_ui16 --arg='[0, 1, 6, 7, 1000, 20000, 65534, 65535, 300, 13]:u16' --arg=0 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u16' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u16' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DZ_UI16
// RUN: not nbc-run --aot %s --fn=divmod_ui16 --arg='[0, 1, 6, 7, 1000, 20000, 65534, 65535, 300, 13]:u16' --arg=0 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u16' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u16' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DZ_UI16
// RUN: nbc-run %s --fn=divmod_ui16 --arg='[]:u16' --arg=0 --arg='[]:u16' --arg='[]:u16' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DE_UI16
// RUN: nbc-run %s --fn=divmod_ui32 --arg='[0, 1, 6, 7, 1000000, 2147483648, 4294967294, 4294967295, 300, 13]:u32' --arg=10 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u32' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=DM_UI32
// RUN: nbc-run --aot %s --fn=divmod_ui32 --arg='[0, 1, 6, 7, 1000000, 2147483648, 4294967294, 4294967295, 300, 13]:u32' --arg=10 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u32' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=DM_UI32
// RUN: not nbc-run %s --fn=divmod_ui32 --arg='[0, 1, 6, 7, 1000000, 2147483648, 4294967294, 4294967295, 300, 13]:u32' --arg=0 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u32' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DZ_UI32
// RUN: not nbc-run --aot %s --fn=divmod_ui32 --arg='[0, 1, 6, 7, 1000000, 2147483648, 4294967294, 4294967295, 300, 13]:u32' --arg=0 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u32' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DZ_UI32
// RUN: nbc-run %s --fn=divmod_ui32 --arg='[]:u32' --arg=0 --arg='[]:u32' --arg='[]:u32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DE_UI32
// RUN: nbc-run %s --fn=divmod_ui64 --arg='[0, 1, 6, 7, 1000000000000, 9223372036854775808, 18446744073709551614, 18446744073709551615, 300, 13]:u64' --arg=1000 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u64' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=DM_UI64
// RUN: nbc-run --aot %s --fn=divmod_ui64 --arg='[0, 1, 6, 7, 1000000000000, 9223372036854775808, 18446744073709551614, 18446744073709551615, 300, 13]:u64' --arg=1000 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u64' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=DM_UI64
// RUN: not nbc-run %s --fn=divmod_ui64 --arg='[0, 1, 6, 7, 1000000000000, 9223372036854775808, 18446744073709551614, 18446744073709551615, 300, 13]:u64' --arg=0 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u64' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DZ_UI64
// RUN: not nbc-run --aot %s --fn=divmod_ui64 --arg='[0, 1, 6, 7, 1000000000000, 9223372036854775808, 18446744073709551614, 18446744073709551615, 300, 13]:u64' --arg=0 --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u64' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DZ_UI64
// RUN: nbc-run %s --fn=divmod_ui64 --arg='[]:u64' --arg=0 --arg='[]:u64' --arg='[]:u64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DE_UI64
// RUN: nbc-run %s --fn=divmod_f32 --arg='[-7.5, -2.0, -0.5, 0.0, 0.25, 3.0, 7.5, 10.5, -10.25, 1.0]:f32' --arg=-2.5 --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f32' --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=DM_F32
// RUN: nbc-run --aot %s --fn=divmod_f32 --arg='[-7.5, -2.0, -0.5, 0.0, 0.25, 3.0, 7.5, 10.5, -10.25, 1.0]:f32' --arg=-2.5 --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f32' --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=DM_F32
// RUN: not nbc-run %s --fn=divmod_f32 --arg='[-7.5, -2.0, -0.5, 0.0, 0.25, 3.0, 7.5, 10.5, -10.25, 1.0]:f32' --arg=0.0 --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f32' --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DZ_F32
// RUN: not nbc-run --aot %s --fn=divmod_f32 --arg='[-7.5, -2.0, -0.5, 0.0, 0.25, 3.0, 7.5, 10.5, -10.25, 1.0]:f32' --arg=0.0 --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f32' --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DZ_F32
// RUN: nbc-run %s --fn=divmod_f32 --arg='[]:f32' --arg=0.0 --arg='[]:f32' --arg='[]:f32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DE_F32
// RUN: nbc-run %s --fn=divmod_f64 --arg='[-7.5, -2.0, -0.5, 0.0, 0.25, 3.0, 7.5, 10.5, -10.25, 1e+300]:f64' --arg=2.0 --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f64' --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=DM_F64
// RUN: nbc-run --aot %s --fn=divmod_f64 --arg='[-7.5, -2.0, -0.5, 0.0, 0.25, 3.0, 7.5, 10.5, -10.25, 1e+300]:f64' --arg=2.0 --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f64' --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=DM_F64
// RUN: not nbc-run %s --fn=divmod_f64 --arg='[-7.5, -2.0, -0.5, 0.0, 0.25, 3.0, 7.5, 10.5, -10.25, 1e+300]:f64' --arg=0.0 --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f64' --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DZ_F64
// RUN: not nbc-run --aot %s --fn=divmod_f64 --arg='[-7.5, -2.0, -0.5, 0.0, 0.25, 3.0, 7.5, 10.5, -10.25, 1e+300]:f64' --arg=0.0 --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f64' --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DZ_F64
// RUN: nbc-run %s --fn=divmod_f64 --arg='[]:f64' --arg=0.0 --arg='[]:f64' --arg='[]:f64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=DE_F64
// RUN: nbc-run %s --fn=ediv_si64 --arg='[-50, -7, 13, 100, -1, 64, 9, -9, 33, 5, 17, -17, 2, 8]:i64' --arg='[3, -2, 5, 7, 1, -8, 4, 2, -3, 6, 5, 4, -7, 3]:i64' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=EL_SI64_OK
// RUN: nbc-run --aot %s --fn=ediv_si64 --arg='[-50, -7, 13, 100, -1, 64, 9, -9, 33, 5, 17, -17, 2, 8]:i64' --arg='[3, -2, 5, 7, 1, -8, 4, 2, -3, 6, 5, 4, -7, 3]:i64' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=EL_SI64_OK
// RUN: not nbc-run %s --fn=ediv_si64 --arg='[-50, -7, 13, 100, -1, 64, 9, -9, 33, 5, 17, -17, 2, 8]:i64' --arg='[0, -2, 5, 7, 1, -8, 4, 2, -3, 6, 5, 4, -7, 3]:i64' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_SI64_0
// RUN: not nbc-run --aot %s --fn=ediv_si64 --arg='[-50, -7, 13, 100, -1, 64, 9, -9, 33, 5, 17, -17, 2, 8]:i64' --arg='[0, -2, 5, 7, 1, -8, 4, 2, -3, 6, 5, 4, -7, 3]:i64' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_SI64_0
// RUN: not nbc-run %s --fn=ediv_si64 --arg='[-50, -7, 13, 100, -1, 64, 9, -9, 33, 5, 17, -17, 2, 8]:i64' --arg='[3, -2, 5, 7, 1, 0, 4, 2, -3, 6, 5, 4, -7, 3]:i64' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_SI64_5
// RUN: not nbc-run --aot %s --fn=ediv_si64 --arg='[-50, -7, 13, 100, -1, 64, 9, -9, 33, 5, 17, -17, 2, 8]:i64' --arg='[3, -2, 5, 7, 1, 0, 4, 2, -3, 6, 5, 4, -7, 3]:i64' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_SI64_5
// RUN: not nbc-run %s --fn=ediv_si64 --arg='[-50, -7, 13, 100, -1, 64, 9, -9, 33, 5, 17, -17, 2, 8]:i64' --arg='[3, -2, 5, 7, 1, -8, 4, 2, -3, 6, 5, 4, -7, 0]:i64' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_SI64_13
// RUN: not nbc-run --aot %s --fn=ediv_si64 --arg='[-50, -7, 13, 100, -1, 64, 9, -9, 33, 5, 17, -17, 2, 8]:i64' --arg='[3, -2, 5, 7, 1, -8, 4, 2, -3, 6, 5, 4, -7, 0]:i64' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_SI64_13
// RUN: nbc-run %s --fn=ediv_si32 --arg='[-50, -7, 13, 100, -1, 64, 9, -9, 33, 5, 17, -17, 2, 8]:i32' --arg='[3, -2, 5, 7, 1, -8, 4, 2, -3, 6, 5, 4, -7, 3]:i32' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=EL_SI32_OK
// RUN: nbc-run --aot %s --fn=ediv_si32 --arg='[-50, -7, 13, 100, -1, 64, 9, -9, 33, 5, 17, -17, 2, 8]:i32' --arg='[3, -2, 5, 7, 1, -8, 4, 2, -3, 6, 5, 4, -7, 3]:i32' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=EL_SI32_OK
// RUN: not nbc-run %s --fn=ediv_si32 --arg='[-50, -7, 13, 100, -1, 64, 9, -9, 33, 5, 17, -17, 2, 8]:i32' --arg='[0, -2, 5, 7, 1, -8, 4, 2, -3, 6, 5, 4, -7, 3]:i32' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_SI32_0
// RUN: not nbc-run --aot %s --fn=ediv_si32 --arg='[-50, -7, 13, 100, -1, 64, 9, -9, 33, 5, 17, -17, 2, 8]:i32' --arg='[0, -2, 5, 7, 1, -8, 4, 2, -3, 6, 5, 4, -7, 3]:i32' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_SI32_0
// RUN: not nbc-run %s --fn=ediv_si32 --arg='[-50, -7, 13, 100, -1, 64, 9, -9, 33, 5, 17, -17, 2, 8]:i32' --arg='[3, -2, 5, 7, 1, 0, 4, 2, -3, 6, 5, 4, -7, 3]:i32' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_SI32_5
// RUN: not nbc-run --aot %s --fn=ediv_si32 --arg='[-50, -7, 13, 100, -1, 64, 9, -9, 33, 5, 17, -17, 2, 8]:i32' --arg='[3, -2, 5, 7, 1, 0, 4, 2, -3, 6, 5, 4, -7, 3]:i32' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_SI32_5
// RUN: not nbc-run %s --fn=ediv_si32 --arg='[-50, -7, 13, 100, -1, 64, 9, -9, 33, 5, 17, -17, 2, 8]:i32' --arg='[3, -2, 5, 7, 1, -8, 4, 2, -3, 6, 5, 4, -7, 0]:i32' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_SI32_13
// RUN: not nbc-run --aot %s --fn=ediv_si32 --arg='[-50, -7, 13, 100, -1, 64, 9, -9, 33, 5, 17, -17, 2, 8]:i32' --arg='[3, -2, 5, 7, 1, -8, 4, 2, -3, 6, 5, 4, -7, 0]:i32' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:i32' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_SI32_13
// RUN: nbc-run %s --fn=ediv_ui8 --arg='[250, 7, 13, 100, 1, 64, 9, 9, 33, 5, 17, 17, 2, 8]:u8' --arg='[3, 2, 5, 7, 1, 8, 4, 2, 3, 6, 5, 4, 7, 3]:u8' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u8' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=EL_UI8_OK
// RUN: nbc-run --aot %s --fn=ediv_ui8 --arg='[250, 7, 13, 100, 1, 64, 9, 9, 33, 5, 17, 17, 2, 8]:u8' --arg='[3, 2, 5, 7, 1, 8, 4, 2, 3, 6, 5, 4, 7, 3]:u8' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u8' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=EL_UI8_OK
// RUN: not nbc-run %s --fn=ediv_ui8 --arg='[250, 7, 13, 100, 1, 64, 9, 9, 33, 5, 17, 17, 2, 8]:u8' --arg='[0, 2, 5, 7, 1, 8, 4, 2, 3, 6, 5, 4, 7, 3]:u8' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u8' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_UI8_0
// RUN: not nbc-run --aot %s --fn=ediv_ui8 --arg='[250, 7, 13, 100, 1, 64, 9, 9, 33, 5, 17, 17, 2, 8]:u8' --arg='[0, 2, 5, 7, 1, 8, 4, 2, 3, 6, 5, 4, 7, 3]:u8' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u8' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_UI8_0
// RUN: not nbc-run %s --fn=ediv_ui8 --arg='[250, 7, 13, 100, 1, 64, 9, 9, 33, 5, 17, 17, 2, 8]:u8' --arg='[3, 2, 5, 7, 1, 0, 4, 2, 3, 6, 5, 4, 7, 3]:u8' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u8' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_UI8_5
// RUN: not nbc-run --aot %s --fn=ediv_ui8 --arg='[250, 7, 13, 100, 1, 64, 9, 9, 33, 5, 17, 17, 2, 8]:u8' --arg='[3, 2, 5, 7, 1, 0, 4, 2, 3, 6, 5, 4, 7, 3]:u8' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u8' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_UI8_5
// RUN: not nbc-run %s --fn=ediv_ui8 --arg='[250, 7, 13, 100, 1, 64, 9, 9, 33, 5, 17, 17, 2, 8]:u8' --arg='[3, 2, 5, 7, 1, 8, 4, 2, 3, 6, 5, 4, 7, 0]:u8' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u8' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_UI8_13
// RUN: not nbc-run --aot %s --fn=ediv_ui8 --arg='[250, 7, 13, 100, 1, 64, 9, 9, 33, 5, 17, 17, 2, 8]:u8' --arg='[3, 2, 5, 7, 1, 8, 4, 2, 3, 6, 5, 4, 7, 0]:u8' --arg='[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]:u8' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_UI8_13
// RUN: nbc-run %s --fn=ediv_f64 --arg='[-50.5, -7.0, 13.0, 100.0, -1.0, 64.0, 9.5, -9.0, 33.0, 5.0, 17.0, -17.0, 2.0, 8.0]:f64' --arg='[3.0, -2.0, 0.5, 7.0, 1.0, -8.0, 4.0, 2.0, -3.0, 6.0, 5.0, 4.0, -7.0, 3.0]:f64' --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=EL_F64_OK
// RUN: nbc-run --aot %s --fn=ediv_f64 --arg='[-50.5, -7.0, 13.0, 100.0, -1.0, 64.0, 9.5, -9.0, 33.0, 5.0, 17.0, -17.0, 2.0, 8.0]:f64' --arg='[3.0, -2.0, 0.5, 7.0, 1.0, -8.0, 4.0, 2.0, -3.0, 6.0, 5.0, 4.0, -7.0, 3.0]:f64' --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=EL_F64_OK
// RUN: not nbc-run %s --fn=ediv_f64 --arg='[-50.5, -7.0, 13.0, 100.0, -1.0, 64.0, 9.5, -9.0, 33.0, 5.0, 17.0, -17.0, 2.0, 8.0]:f64' --arg='[0.0, -2.0, 0.5, 7.0, 1.0, -8.0, 4.0, 2.0, -3.0, 6.0, 5.0, 4.0, -7.0, 3.0]:f64' --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_F64_0
// RUN: not nbc-run --aot %s --fn=ediv_f64 --arg='[-50.5, -7.0, 13.0, 100.0, -1.0, 64.0, 9.5, -9.0, 33.0, 5.0, 17.0, -17.0, 2.0, 8.0]:f64' --arg='[0.0, -2.0, 0.5, 7.0, 1.0, -8.0, 4.0, 2.0, -3.0, 6.0, 5.0, 4.0, -7.0, 3.0]:f64' --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_F64_0
// RUN: not nbc-run %s --fn=ediv_f64 --arg='[-50.5, -7.0, 13.0, 100.0, -1.0, 64.0, 9.5, -9.0, 33.0, 5.0, 17.0, -17.0, 2.0, 8.0]:f64' --arg='[3.0, -2.0, 0.5, 7.0, 1.0, 0.0, 4.0, 2.0, -3.0, 6.0, 5.0, 4.0, -7.0, 3.0]:f64' --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_F64_5
// RUN: not nbc-run --aot %s --fn=ediv_f64 --arg='[-50.5, -7.0, 13.0, 100.0, -1.0, 64.0, 9.5, -9.0, 33.0, 5.0, 17.0, -17.0, 2.0, 8.0]:f64' --arg='[3.0, -2.0, 0.5, 7.0, 1.0, 0.0, 4.0, 2.0, -3.0, 6.0, 5.0, 4.0, -7.0, 3.0]:f64' --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_F64_5
// RUN: not nbc-run %s --fn=ediv_f64 --arg='[-50.5, -7.0, 13.0, 100.0, -1.0, 64.0, 9.5, -9.0, 33.0, 5.0, 17.0, -17.0, 2.0, 8.0]:f64' --arg='[3.0, -2.0, 0.5, 7.0, 1.0, -8.0, 4.0, 2.0, -3.0, 6.0, 5.0, 4.0, -7.0, 0.0]:f64' --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_F64_13
// RUN: not nbc-run --aot %s --fn=ediv_f64 --arg='[-50.5, -7.0, 13.0, 100.0, -1.0, 64.0, 9.5, -9.0, 33.0, 5.0, 17.0, -17.0, 2.0, 8.0]:f64' --arg='[3.0, -2.0, 0.5, 7.0, 1.0, -8.0, 4.0, 2.0, -3.0, 6.0, 5.0, 4.0, -7.0, 0.0]:f64' --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:f64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EL_F64_13
// RUN: nbc-run %s --fn=copy_div --arg='[5, -6, 7, 8, 9, 10, 11]:i64' --arg='[0, 0, 0, 0, 0, 0, 0]:i64' --arg=3 --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=COPY
// RUN: not nbc-run %s --fn=copy_div --arg='[5, -6, 7, 8, 9, 10, 11]:i64' --arg='[0, 0, 0, 0, 0, 0, 0]:i64' --arg=0 --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=COPYZ
// RUN: nbc-run --aot %s --fn=copy_div --arg='[5, -6, 7, 8, 9, 10, 11]:i64' --arg='[0, 0, 0, 0, 0, 0, 0]:i64' --arg=3 --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=COPY
// RUN: not nbc-run --aot %s --fn=copy_div --arg='[5, -6, 7, 8, 9, 10, 11]:i64' --arg='[0, 0, 0, 0, 0, 0, 0]:i64' --arg=0 --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=COPYZ
// RUN: nbc-run %s --fn=rev_div --arg='[9, -9, 10, 11, -12, 13, 14]:i64' --arg=-4 --arg='[0, 0, 0, 0, 0, 0, 0]:i64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=REV
// RUN: not nbc-run %s --fn=rev_div --arg='[9, -9, 10, 11, -12, 13, 14]:i64' --arg=0 --arg='[0, 0, 0, 0, 0, 0, 0]:i64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=REVZ
// RUN: nbc-run --aot %s --fn=rev_div --arg='[9, -9, 10, 11, -12, 13, 14]:i64' --arg=-4 --arg='[0, 0, 0, 0, 0, 0, 0]:i64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s --check-prefix=REV
// RUN: not nbc-run --aot %s --fn=rev_div --arg='[9, -9, 10, 11, -12, 13, 14]:i64' --arg=0 --arg='[0, 0, 0, 0, 0, 0, 0]:i64' --print-args --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=REVZ
// DM_SI8: arg2 = [-19, -15, -1, -1, 0, 0, 0, 1, 14, 18]
// DM_SI8-NEXT: arg3 = [5, 5, 0, 6, 0, 1, 6, 0, 1, 1]
// DZ_SI8: arg2 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// DZ_SI8-NEXT: arg3 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// DZ_SI8-NEXT: ZeroDivisionError: integer division or modulo by zero
// DE_SI8: arg2 = []
// DE_SI8-NEXT: arg3 = []
// DE_SI8-NOT: Error
// DM_SI16: arg2 = [10922, 333, 2, 0, 0, -1, -2, -3, -333, -10923]
// DM_SI16-NEXT: arg3 = [-2, -1, -1, -1, 0, 0, 0, -2, 0, -2]
// DZ_SI16: arg2 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// DZ_SI16-NEXT: arg3 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// DZ_SI16-NEXT: ZeroDivisionError: integer division or modulo by zero
// DE_SI16: arg2 = []
// DE_SI16-NEXT: arg3 = []
// DE_SI16-NOT: Error
// DM_SI32: arg2 = [-214748365, -10000, -1, -1, 0, 0, 0, 0, 9999, 214748364]
// DM_SI32-NEXT: arg3 = [2, 0, 3, 9, 0, 1, 6, 7, 9, 7]
// DZ_SI32: arg2 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// DZ_SI32-NEXT: arg3 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// DZ_SI32-NEXT: ZeroDivisionError: integer division or modulo by zero
// DE_SI32: arg2 = []
// DE_SI32-NEXT: arg3 = []
// DE_SI32-NOT: Error
// DM_SI64: arg2 = [1317624576693539401, 142857142857142, 1, 0, 0, -1, -1, -1, -142857142857143, -1317624576693539401]
// DM_SI64-NEXT: arg3 = [-1, -6, 0, -1, 0, -6, -1, 0, -1, 0]
// DZ_SI64: arg2 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// DZ_SI64-NEXT: arg3 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// DZ_SI64-NEXT: ZeroDivisionError: integer division or modulo by zero
// DE_SI64: arg2 = []
// DE_SI64-NEXT: arg3 = []
// DE_SI64-NOT: Error
// DM_UI8: arg2 = [0, 0, 0, 1, 14, 28, 35, 36, 36, 1]
// DM_UI8-NEXT: arg3 = [0, 1, 6, 0, 2, 4, 5, 2, 3, 6]
// DZ_UI8: arg2 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// DZ_UI8-NEXT: arg3 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// DZ_UI8-NEXT: ZeroDivisionError: integer division or modulo by zero
// DE_UI8: arg2 = []
// DE_UI8-NEXT: arg3 = []
// DE_UI8-NOT: Error
// DM_UI16: arg2 = [0, 0, 0, 0, 111, 2222, 7281, 7281, 33, 1]
// DM_UI16-NEXT: arg3 = [0, 1, 6, 7, 1, 2, 5, 6, 3, 4]
// DZ_UI16: arg2 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// DZ_UI16-NEXT: arg3 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// DZ_UI16-NEXT: ZeroDivisionError: integer division or modulo by zero
// DE_UI16: arg2 = []
// DE_UI16-NEXT: arg3 = []
// DE_UI16-NOT: Error
// DM_UI32: arg2 = [0, 0, 0, 0, 100000, 214748364, 429496729, 429496729, 30, 1]
// DM_UI32-NEXT: arg3 = [0, 1, 6, 7, 0, 8, 4, 5, 0, 3]
// DZ_UI32: arg2 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// DZ_UI32-NEXT: arg3 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// DZ_UI32-NEXT: ZeroDivisionError: integer division or modulo by zero
// DE_UI32: arg2 = []
// DE_UI32-NEXT: arg3 = []
// DE_UI32-NOT: Error
// DM_UI64: arg2 = [0, 0, 0, 0, 1000000000, 9223372036854775, 18446744073709551, 18446744073709551, 0, 0]
// DM_UI64-NEXT: arg3 = [0, 1, 6, 7, 0, 808, 614, 615, 300, 13]
// DZ_UI64: arg2 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// DZ_UI64-NEXT: arg3 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// DZ_UI64-NEXT: ZeroDivisionError: integer division or modulo by zero
// DE_UI64: arg2 = []
// DE_UI64-NEXT: arg3 = []
// DE_UI64-NOT: Error
// DM_F32: arg2 = [3.0, 0.0, 0.0, -0.0, -1.0, -2.0, -3.0, -5.0, 4.0, -1.0]
// DM_F32-NEXT: arg3 = [-0.0, -2.0, -0.5, -0.0, -2.25, -2.0, -0.0, -2.0, -0.25, -1.5]
// DZ_F32: arg2 = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
// DZ_F32-NEXT: arg3 = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
// DZ_F32-NEXT: ZeroDivisionError: float floor division by zero
// DE_F32: arg2 = []
// DE_F32-NEXT: arg3 = []
// DE_F32-NOT: Error
// DM_F64: arg2 = [-4.0, -1.0, -1.0, 0.0, 0.0, 1.0, 3.0, 5.0, -6.0, 5e+299]
// DM_F64-NEXT: arg3 = [0.5, 0.0, 1.5, 0.0, 0.25, 1.0, 1.5, 0.5, 1.75, 0.0]
// DZ_F64: arg2 = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
// DZ_F64-NEXT: arg3 = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
// DZ_F64-NEXT: ZeroDivisionError: float floor division by zero
// DE_F64: arg2 = []
// DE_F64-NEXT: arg3 = []
// DE_F64-NOT: Error
// EL_SI64_OK: arg2 = [-17, 3, 2, 14, -1, -8, 2, -5, -11, 0, 3, -5, -1, 2]
// EL_SI64_0: arg2 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// EL_SI64_0-NEXT: ZeroDivisionError: integer division or modulo by zero
// EL_SI64_5: arg2 = [-17, 3, 2, 14, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// EL_SI64_5-NEXT: ZeroDivisionError: integer division or modulo by zero
// EL_SI64_13: arg2 = [-17, 3, 2, 14, -1, -8, 2, -5, -11, 0, 3, -5, -1, 0]
// EL_SI64_13-NEXT: ZeroDivisionError: integer division or modulo by zero
// EL_SI32_OK: arg2 = [-17, 3, 2, 14, -1, -8, 2, -5, -11, 0, 3, -5, -1, 2]
// EL_SI32_0: arg2 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// EL_SI32_0-NEXT: ZeroDivisionError: integer division or modulo by zero
// EL_SI32_5: arg2 = [-17, 3, 2, 14, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// EL_SI32_5-NEXT: ZeroDivisionError: integer division or modulo by zero
// EL_SI32_13: arg2 = [-17, 3, 2, 14, -1, -8, 2, -5, -11, 0, 3, -5, -1, 0]
// EL_SI32_13-NEXT: ZeroDivisionError: integer division or modulo by zero
// EL_UI8_OK: arg2 = [83, 3, 2, 14, 1, 8, 2, 4, 11, 0, 3, 4, 0, 2]
// EL_UI8_0: arg2 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// EL_UI8_0-NEXT: ZeroDivisionError: integer division or modulo by zero
// EL_UI8_5: arg2 = [83, 3, 2, 14, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]
// EL_UI8_5-NEXT: ZeroDivisionError: integer division or modulo by zero
// EL_UI8_13: arg2 = [83, 3, 2, 14, 1, 8, 2, 4, 11, 0, 3, 4, 0, 0]
// EL_UI8_13-NEXT: ZeroDivisionError: integer division or modulo by zero
// EL_F64_OK: arg2 = [-17.0, 3.0, 26.0, 14.0, -1.0, -8.0, 2.0, -5.0, -11.0, 0.0, 3.0, -5.0, -1.0, 2.0]
// EL_F64_0: arg2 = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
// EL_F64_0-NEXT: ZeroDivisionError: float floor division by zero
// EL_F64_5: arg2 = [-17.0, 3.0, 26.0, 14.0, -1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
// EL_F64_5-NEXT: ZeroDivisionError: float floor division by zero
// EL_F64_13: arg2 = [-17.0, 3.0, 26.0, 14.0, -1.0, -8.0, 2.0, -5.0, -11.0, 0.0, 3.0, -5.0, -1.0, 0.0]
// EL_F64_13-NEXT: ZeroDivisionError: float floor division by zero
// COPY: 12
// COPY: arg1 = [5, -6, 7, 8, 9, 10, 11]
// COPYZ: arg1 = [5, 0, 0, 0, 0, 0, 0]
// COPYZ-NEXT: ZeroDivisionError: integer division or modulo by zero
// REV: arg2 = [-3, 2, -3, -3, 3, -4, -4]
// REVZ: arg2 = [0, 0, 0, 0, 0, 0, 0]
// REVZ-NEXT: ZeroDivisionError: integer division or modulo by zero

func.func private @printI64(si64)
func.func private @printF64(f64)
func.func private @printNewline()

// for i in range(len(a)): q[i] = a[i] // d; r[i] = a[i] % d
func.func @divmod_si8(%a: memref<?xsi8>, %d: si8, %q: memref<?xsi8>, %r: memref<?xsi8>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xsi8>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xsi8>, si64
    %y = nbc.floordiv %x, %d : si8
    %z = nbc.mod %x, %d : si8
    nbc.store %y, %q[%i] : memref<?xsi8>, si64
    nbc.store %z, %r[%i] : memref<?xsi8>, si64
  }
  return
}

func.func @divmod_si16(%a: memref<?xsi16>, %d: si16, %q: memref<?xsi16>, %r: memref<?xsi16>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xsi16>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xsi16>, si64
    %y = nbc.floordiv %x, %d : si16
    %z = nbc.mod %x, %d : si16
    nbc.store %y, %q[%i] : memref<?xsi16>, si64
    nbc.store %z, %r[%i] : memref<?xsi16>, si64
  }
  return
}

func.func @divmod_si32(%a: memref<?xsi32>, %d: si32, %q: memref<?xsi32>, %r: memref<?xsi32>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xsi32>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xsi32>, si64
    %y = nbc.floordiv %x, %d : si32
    %z = nbc.mod %x, %d : si32
    nbc.store %y, %q[%i] : memref<?xsi32>, si64
    nbc.store %z, %r[%i] : memref<?xsi32>, si64
  }
  return
}

func.func @divmod_si64(%a: memref<?xsi64>, %d: si64, %q: memref<?xsi64>, %r: memref<?xsi64>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xsi64>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xsi64>, si64
    %y = nbc.floordiv %x, %d : si64
    %z = nbc.mod %x, %d : si64
    nbc.store %y, %q[%i] : memref<?xsi64>, si64
    nbc.store %z, %r[%i] : memref<?xsi64>, si64
  }
  return
}

func.func @divmod_ui8(%a: memref<?xui8>, %d: ui8, %q: memref<?xui8>, %r: memref<?xui8>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xui8>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xui8>, si64
    %y = nbc.floordiv %x, %d : ui8
    %z = nbc.mod %x, %d : ui8
    nbc.store %y, %q[%i] : memref<?xui8>, si64
    nbc.store %z, %r[%i] : memref<?xui8>, si64
  }
  return
}

func.func @divmod_ui16(%a: memref<?xui16>, %d: ui16, %q: memref<?xui16>, %r: memref<?xui16>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xui16>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xui16>, si64
    %y = nbc.floordiv %x, %d : ui16
    %z = nbc.mod %x, %d : ui16
    nbc.store %y, %q[%i] : memref<?xui16>, si64
    nbc.store %z, %r[%i] : memref<?xui16>, si64
  }
  return
}

func.func @divmod_ui32(%a: memref<?xui32>, %d: ui32, %q: memref<?xui32>, %r: memref<?xui32>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xui32>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xui32>, si64
    %y = nbc.floordiv %x, %d : ui32
    %z = nbc.mod %x, %d : ui32
    nbc.store %y, %q[%i] : memref<?xui32>, si64
    nbc.store %z, %r[%i] : memref<?xui32>, si64
  }
  return
}

func.func @divmod_ui64(%a: memref<?xui64>, %d: ui64, %q: memref<?xui64>, %r: memref<?xui64>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xui64>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xui64>, si64
    %y = nbc.floordiv %x, %d : ui64
    %z = nbc.mod %x, %d : ui64
    nbc.store %y, %q[%i] : memref<?xui64>, si64
    nbc.store %z, %r[%i] : memref<?xui64>, si64
  }
  return
}

func.func @divmod_f32(%a: memref<?xf32>, %d: f32, %q: memref<?xf32>, %r: memref<?xf32>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xf32>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xf32>, si64
    %y = nbc.floordiv %x, %d : f32
    %z = nbc.mod %x, %d : f32
    nbc.store %y, %q[%i] : memref<?xf32>, si64
    nbc.store %z, %r[%i] : memref<?xf32>, si64
  }
  return
}

func.func @divmod_f64(%a: memref<?xf64>, %d: f64, %q: memref<?xf64>, %r: memref<?xf64>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xf64>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %y = nbc.floordiv %x, %d : f64
    %z = nbc.mod %x, %d : f64
    nbc.store %y, %q[%i] : memref<?xf64>, si64
    nbc.store %z, %r[%i] : memref<?xf64>, si64
  }
  return
}

// for i in range(len(a)): q[i] = a[i] // b[i]
func.func @ediv_si64(%a: memref<?xsi64>, %b: memref<?xsi64>, %q: memref<?xsi64>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xsi64>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xsi64>, si64
    %y = nbc.load %b[%i] : memref<?xsi64>, si64
    %z = nbc.floordiv %x, %y : si64
    nbc.store %z, %q[%i] : memref<?xsi64>, si64
  }
  return
}

func.func @ediv_si32(%a: memref<?xsi32>, %b: memref<?xsi32>, %q: memref<?xsi32>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xsi32>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xsi32>, si64
    %y = nbc.load %b[%i] : memref<?xsi32>, si64
    %z = nbc.floordiv %x, %y : si32
    nbc.store %z, %q[%i] : memref<?xsi32>, si64
  }
  return
}

func.func @ediv_ui8(%a: memref<?xui8>, %b: memref<?xui8>, %q: memref<?xui8>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xui8>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xui8>, si64
    %y = nbc.load %b[%i] : memref<?xui8>, si64
    %z = nbc.floordiv %x, %y : ui8
    nbc.store %z, %q[%i] : memref<?xui8>, si64
  }
  return
}

func.func @ediv_f64(%a: memref<?xf64>, %b: memref<?xf64>, %q: memref<?xf64>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xf64>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %y = nbc.load %b[%i] : memref<?xf64>, si64
    %z = nbc.floordiv %x, %y : f64
    nbc.store %z, %q[%i] : memref<?xf64>, si64
  }
  return
}

// for i in range(len(a)): out[i] = a[i]; t += a[i] // d  (a store before the
// check: the loop is versioned, not hoisted)
func.func @copy_div(%a: memref<?xsi64>, %out: memref<?xsi64>, %d: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xsi64>
  %r = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%t = %c0) -> (si64) {
    %x = nbc.load %a[%i] : memref<?xsi64>, si64
    nbc.store %x, %out[%i] : memref<?xsi64>, si64
    %y = nbc.floordiv %x, %d : si64
    %t1 = nbc.add %t, %y : si64
    nbc.yield %t1 : si64
  }
  return %r : si64
}

// for i in range(len(a) - 1, -1, -1): q[i] = a[i] // d
func.func @rev_div(%a: memref<?xsi64>, %d: si64, %q: memref<?xsi64>) {
  %c1 = nbc.constant 1 : si64
  %cm1 = nbc.constant -1 : si64
  %n = nbc.dim %a, 0 : memref<?xsi64>
  %last = nbc.sub %n, %c1 : si64
  nbc.range %i = %last to %cm1 step %cm1 : si64 {
    %x = nbc.load %a[%i] : memref<?xsi64>, si64
    %y = nbc.floordiv %x, %d : si64
    nbc.store %y, %q[%i] : memref<?xsi64>, si64
  }
  return
}

// The benchmark kernel: sum(a[i] // d for i in range(len(a)))
func.func @floordiv_sum(%a: memref<?xsi64>, %d: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xsi64>
  %r = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%t = %c0) -> (si64) {
    %x = nbc.load %a[%i] : memref<?xsi64>, si64
    %y = nbc.floordiv %x, %d : si64
    %t1 = nbc.add %t, %y : si64
    nbc.yield %t1 : si64
  }
  return %r : si64
}

// sum(a[i] % b[i] for i in range(len(a))): per-element divisors in a reduction
func.func @emod_sum(%a: memref<?xsi64>, %b: memref<?xsi64>) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xsi64>
  %r = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%t = %c0) -> (si64) {
    %x = nbc.load %a[%i] : memref<?xsi64>, si64
    %y = nbc.load %b[%i] : memref<?xsi64>, si64
    %m = nbc.mod %x, %y : si64
    %t1 = nbc.add %t, %m : si64
    nbc.yield %t1 : si64
  }
  return %r : si64
}

// q[i] = a[i] / b[i]  (float true division, per element)
func.func @tdiv_f64(%a: memref<?xf64>, %b: memref<?xf64>, %q: memref<?xf64>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xf64>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %y = nbc.load %b[%i] : memref<?xf64>, si64
    %z = nbc.truediv %x, %y : f64 -> f64
    nbc.store %z, %q[%i] : memref<?xf64>, si64
  }
  return
}

// sum(q) in order, as Python's sum
func.func @fsum(%q: memref<?xf64>) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %z = nbc.constant 0.0 : f64
  %n = nbc.dim %q, 0 : memref<?xf64>
  %r = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%t = %z) -> (f64) {
    %x = nbc.load %q[%i] : memref<?xf64>, si64
    %t1 = nbc.add %t, %x : f64
    nbc.yield %t1 : f64
  }
  return %r : f64
}

// [(i * k) % m + c for i in range(n)]
func.func @fill(%n: si64, %k: si64, %m: si64, %c: si64) -> memref<?xsi64> {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %a = nbc.empty(%n) : memref<?xsi64>, si64
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %p = nbc.mul %i, %k : si64
    %q = nbc.mod %p, %m : si64
    %v = nbc.add %q, %c : si64
    nbc.store %v, %a[%i] : memref<?xsi64>, si64
  }
  return %a : memref<?xsi64>
}

// [i * 0.5 + c for i in range(n)]
func.func @fill_f64(%n: si64, %c: f64) -> memref<?xf64> {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %half = nbc.constant 0.5 : f64
  %a = nbc.empty(%n) : memref<?xf64>, si64
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %f = nbc.cast %i : si64 to f64
    %p = nbc.mul %f, %half : f64
    %v = nbc.add %p, %c : f64
    nbc.store %v, %a[%i] : memref<?xf64>, si64
  }
  return %a : memref<?xf64>
}

func.func @show(%x: si64) {
  func.call @printI64(%x) : (si64) -> ()
  func.call @printNewline() : () -> ()
  return
}

// CHECK: -700
// CHECK-NEXT: 295
// CHECK-NEXT: 0
// CHECK-NEXT: 3017
// CHECK-NEXT: 993.266
func.func @main() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c7 = nbc.constant 7 : si64
  %cm3 = nbc.constant -3 : si64
  %c13 = nbc.constant 13 : si64
  %c37 = nbc.constant 37 : si64
  %c1000 = nbc.constant 1000 : si64
  %cm500 = nbc.constant -500 : si64
  %n = nbc.constant 1003 : si64
  %a = func.call @fill(%n, %c37, %c1000, %cm500) : (si64, si64, si64, si64) -> memref<?xsi64>
  %s1 = func.call @floordiv_sum(%a, %c7) : (memref<?xsi64>, si64) -> si64
  func.call @show(%s1) : (si64) -> ()
  %s2 = func.call @floordiv_sum(%a, %cm3) : (memref<?xsi64>, si64) -> si64
  func.call @show(%s2) : (si64) -> ()
  %e = func.call @fill(%c0, %c1, %c1, %c0) : (si64, si64, si64, si64) -> memref<?xsi64>
  %s3 = func.call @floordiv_sum(%e, %c0) : (memref<?xsi64>, si64) -> si64
  func.call @show(%s3) : (si64) -> ()
  %b = func.call @fill(%n, %c1, %c13, %c1) : (si64, si64, si64, si64) -> memref<?xsi64>
  %s4 = func.call @emod_sum(%a, %b) : (memref<?xsi64>, memref<?xsi64>) -> si64
  func.call @show(%s4) : (si64) -> ()
  %q25 = nbc.constant 0.25 : f64
  %one = nbc.constant 1.0 : f64
  %fa = func.call @fill_f64(%n, %q25) : (si64, f64) -> memref<?xf64>
  %fb = func.call @fill_f64(%n, %one) : (si64, f64) -> memref<?xf64>
  %fq = func.call @fill_f64(%n, %one) : (si64, f64) -> memref<?xf64>
  func.call @tdiv_f64(%fa, %fb, %fq) : (memref<?xf64>, memref<?xf64>, memref<?xf64>) -> ()
  %s5 = func.call @fsum(%fq) : (memref<?xf64>) -> f64
  func.call @printF64(%s5) : (f64) -> ()
  func.call @printNewline() : () -> ()
  return
}

// ZERO: ZeroDivisionError: integer division or modulo by zero
// ZERO-NOT: {{[0-9]}}
func.func @zero_divisor() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c37 = nbc.constant 37 : si64
  %c1000 = nbc.constant 1000 : si64
  %cm500 = nbc.constant -500 : si64
  %n = nbc.constant 1003 : si64
  %a = func.call @fill(%n, %c37, %c1000, %cm500) : (si64, si64, si64, si64) -> memref<?xsi64>
  %s = func.call @floordiv_sum(%a, %c0) : (memref<?xsi64>, si64) -> si64
  func.call @show(%s) : (si64) -> ()
  return
}

// b[i] = i % 13 - 6 is zero at i = 6.
// ELEM: ZeroDivisionError: integer modulo by zero
// ELEM-NOT: {{[0-9]}}
func.func @zero_element() attributes {nbc.report_errors} {
  %c1 = nbc.constant 1 : si64
  %c13 = nbc.constant 13 : si64
  %cm6 = nbc.constant -6 : si64
  %c37 = nbc.constant 37 : si64
  %c1000 = nbc.constant 1000 : si64
  %cm500 = nbc.constant -500 : si64
  %n = nbc.constant 1003 : si64
  %a = func.call @fill(%n, %c37, %c1000, %cm500) : (si64, si64, si64, si64) -> memref<?xsi64>
  %b = func.call @fill(%n, %c1, %c13, %cm6) : (si64, si64, si64, si64) -> memref<?xsi64>
  %s = func.call @emod_sum(%a, %b) : (memref<?xsi64>, memref<?xsi64>) -> si64
  func.call @show(%s) : (si64) -> ()
  return
}

// b[i] = i * 0.5 - 3.0 is 0.0 at i = 6.
// FZERO: ZeroDivisionError: float division by zero
// FZERO-NOT: {{[0-9]}}
func.func @zero_float() attributes {nbc.report_errors} {
  %cm3 = nbc.constant -3.0 : f64
  %one = nbc.constant 1.0 : f64
  %n = nbc.constant 1003 : si64
  %fa = func.call @fill_f64(%n, %one) : (si64, f64) -> memref<?xf64>
  %fb = func.call @fill_f64(%n, %cm3) : (si64, f64) -> memref<?xf64>
  func.call @tdiv_f64(%fa, %fb, %fa) : (memref<?xf64>, memref<?xf64>, memref<?xf64>) -> ()
  %s = func.call @fsum(%fa) : (memref<?xf64>) -> f64
  func.call @printF64(%s) : (f64) -> ()
  return
}

