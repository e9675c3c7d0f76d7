/* The program's errno is the same after an update as before it, whether
   the update is refused (a missing file) or loads a new version.  */
/* { dg-do run } */
/* { dg-versions "versions/errno-kept/errno-kept.c=errno-kept-v2.so" } */

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <gearshift.h>

int
main (void)
{
  for (int i = 0; i < 6; i++)
    {
      if (i == 1)
	gearshift_request_update ("./errno-kept-missing.so");
      if (i == 3)
	gearshift_request_update ("./errno-kept-v2.so");
      errno = 0;
      open ("/nonexistent/gearshift", O_RDONLY);
      errno += 1000 + i;
      gearshift_update_point ("tick");
      printf ("v1 i=%d errno-ENOENT=%d\n", i, errno - ENOENT);
    }
  return 0;
}

/* { dg-output "v1 i=0 errno-ENOENT=1000\n" } */
/* { dg-output "v1 i=1 errno-ENOENT=1001\n" } */
/* { dg-output "v1 i=2 errno-ENOENT=1002\n" } */
/* { dg-output "v2 i=3 errno-ENOENT=1003\n" } */
/* { dg-output "v2 i=4 errno-ENOENT=1004\n" } */
/* { dg-output "v2 i=5 errno-ENOENT=1005\n" } */
