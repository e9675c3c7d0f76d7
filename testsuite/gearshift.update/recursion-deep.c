/* An update 50 calls deep in a recursion maps every frame (50 of descend
   plus main); each unwinding call then computes as version 2 does.  */
/* { dg-do run } */
/* { dg-versions "versions/recursion-deep-v2/recursion-deep.c=recursion-deep-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

static unsigned long __attribute__ ((noinline))
descend (unsigned n)
{
  if (n == 49)
    gearshift_request_update ("./recursion-deep-v2.so");
  if (n == 50)
    {
      printf ("v1 bottom n=%u\n", n);
      return n;
    }
  unsigned long r = descend (n + 1);
  return r * 3 % 1000003 + n;
}

int
main (void)
{
  unsigned base = 1;
  unsigned long r = descend (base);
  printf ("v1 main r=%lu base=%u\n", r, base);
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v2 bottom n=50\n" } */
/* { dg-output "v2 main r=735321 base=1\n" } */
/* { dg-output "status 0: updated to \[^ \]+/recursion-deep-v2.so: 51 frames, 0 globals mapped, \[0-9\]+ functions redirected\n$" } */
