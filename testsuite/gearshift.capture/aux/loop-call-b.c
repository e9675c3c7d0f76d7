/* The other unit of loop-call-no-entry.c: a function without a point.  */

int
add_two (int x)
{
  return x + 2;
}
