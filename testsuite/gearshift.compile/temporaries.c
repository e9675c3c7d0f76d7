/* In f () + g () the result of f is a compiler temporary live across the
   call of g: it gets an anonymous field flagged temp, after named ones.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-dump" } */

extern int f (void);
extern int g (void);

int
sum_of_calls (int n)
{
  return f () + g () + n;
}

/* { dg-final { scan-gearshift-dump "field n: int .i4. offset 0 parm$" } } */
/* { dg-final { scan-gearshift-dump "field tmp.0: int .i4. offset 4 temp$" } } */
/* { dg-final { scan-gearshift-dump "point 0 call:f:1 kind=call line 12: n$" } } */
/* { dg-final { scan-gearshift-dump "point 1 call:g:1 kind=call line 12: n tmp.0$" } } */
/* { dg-final { scan-gearshift-dump "function sum_of_calls: instrumented, 2 points, frame 8 bytes" } } */
