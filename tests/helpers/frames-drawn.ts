/** Runs `work` and counts the frames the page draws until it settles: none means the work never gave the page a turn. */
export async function framesDrawnWhile<T>(work: () => Promise<T>): Promise<{ result: T; frames: number }> {
  let frames = 0;
  let drawing = true;
  const draw = () => {
    frames++;
    if (drawing) requestAnimationFrame(draw);
  };
  requestAnimationFrame(draw);
  try {
    return { result: await work(), frames };
  } finally {
    drawing = false;
  }
}
