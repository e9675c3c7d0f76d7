/* A call whose argument is computed from another call's result: the
   intermediate value is a compiler temporary live across a call point.  */
/* { dg-do assemble } */
/* { dg-options "-fplugin-arg-gearshift-dump" } */

extern int more (int);
extern void sink (int);

int
nested_args (int n)
{
  return more (more (more (n) + more (n + 1)) * more (n + 2));
}

void
arg_of_void_call (int n)
{
  sink (more (n) + 1);
}
