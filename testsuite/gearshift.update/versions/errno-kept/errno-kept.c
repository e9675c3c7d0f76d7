/* Version 2 of errno-kept.c: prints "v2".  */

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <gearshift.h>

int
main (void)
{
  for (int i = 0; i < 6; i++)
    {
      errno = 0;
      open ("/nonexistent/gearshift", O_RDONLY);
      errno += 1000 + i;
      gearshift_update_point ("tick");
      printf ("v2 i=%d errno-ENOENT=%d\n", i, errno - ENOENT);
    }
  return 0;
}
