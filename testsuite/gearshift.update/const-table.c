/* Constants keep their address, and take the new version's contents
   (a function-local const table, a file-scope one): the new version
   reads the same through the running object and from its own copy.  */
/* { dg-do run } */
/* { dg-versions "versions/const-table-v2/const-table.c=const-table-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

static const int scale[3] = { 1, 2, 3 };
int total;

int
main (void)
{
  static const int weights[2] = { 10, 20 };
  for (int i = 0; i < 4; i++)
    {
      if (i == 2)
	gearshift_request_update ("./const-table-v2.so");
      total += scale[i % 3] * weights[i % 2];
      printf ("v1 i=%d total=%d\n", i, total);
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "v1 i=0 total=10\n" } */
/* { dg-output "v1 i=1 total=50\n" } */
/* { dg-output "v1 i=2 total=80\n" } */
/* { dg-output "v2 i=3 total=1080\n" } */
/* { dg-output "status 0: updated to \[^ \]+/const-table-v2.so: 1 frames, 1 globals mapped, \[0-9\]+ functions redirected; constants given new contents: main::weights \\(const-table.c\\), scale \\(const-table.c\\)\n" } */
