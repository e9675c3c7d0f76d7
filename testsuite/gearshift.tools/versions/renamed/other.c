/* A second static scale, in another file: with tally.c's, the match of
   prog.c's scale is ambiguous, and neither takes it.  */
static int scale = 4;

int
other (void)
{
  return scale++;
}
