/* A shared object built without the plugin, whose constructor leaves a
   mark and aborts: loaded into a program, it would kill it.  An update
   to it must be refused before any of its code runs.  */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((constructor)) static void
no_meta_init (void)
{
  FILE *mark = fopen ("validate-ctor-ran", "w");

  if (mark)
    fclose (mark);
  abort ();
}
