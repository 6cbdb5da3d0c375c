func.func @f(%a: i64) -> i64 {
  return
}
