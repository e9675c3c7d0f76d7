/* A build that turns warnings into errors must still build: what the
   plugin cannot instrument is then a note, not a warning (memcached,
   built with -Werror, has functions with variable-length arrays).  */
/* { dg-do compile } */
/* { dg-options "-O2 -Werror" } */

extern int work (int);

int
squares (int n)
{
  int a[n]; /* { dg-warning "note: gearshift: 'squares' is not instrumented: it declares a variable-length array" } */
  for (int i = 0; i < n; i++)
    a[i] = work (i);
  return a[n - 1];
}
