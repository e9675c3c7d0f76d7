/* Address-taken locals carry across: a pointer to one, held in another
   local, still points at the same (mapped) variable in version 2.  */
/* { dg-do run } */
/* { dg-versions "versions/addr-taken-v2/addr-taken.c=addr-taken-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

int
main (int argc, char **argv)
{
  int x = 5;
  int y = 100;
  /* Chosen at run time: the pointer is real and both are address-taken.  */
  int *px = argc > 100 ? &y : &x;
  (void) argv;
  for (int i = 0; i < 6; i++)
    {
      if (i == 2)
	gearshift_request_update ("./addr-taken-v2.so");
      *px += i;
      y++;
      printf ("v1 i=%d x=%d y=%d *px=%d same=%d\n", i, x, y, *px, px == &x);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 x=5 y=101 \\*px=5 same=1\n" } */
/* { dg-output "v1 i=1 x=6 y=102 \\*px=6 same=1\n" } */
/* { dg-output "v1 i=2 x=8 y=103 \\*px=8 same=1\n" } */
/* { dg-output "v2 i=3 x=38 y=104 \\*px=38 same=1\n" } */
/* { dg-output "v2 i=4 x=78 y=105 \\*px=78 same=1\n" } */
/* { dg-output "v2 i=5 x=128 y=106 \\*px=128 same=1\n" } */
/* { dg-output "status 0: updated to \[^ \]+/addr-taken-v2.so: 1 frames, 0 globals mapped, \[0-9\]+ functions redirected\n$" } */
