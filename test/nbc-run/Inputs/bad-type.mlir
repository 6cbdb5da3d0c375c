func.func @f(%a: i64) -> i64 {
  %b = arith.addi %a, %a : i32
  return %b : i64
}
